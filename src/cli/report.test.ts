import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/support/app.js';
import { aUnit } from '../../test/support/builders.js';
import { paragraphTexts, readDocx } from '../../test/support/docx.js';
import { aPlan } from '../../test/support/tracking.js';
import { buildReportFiles } from './report.js';

/** The `report build` command, run in-process on this file's test store. */
describe('report build (CLI)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'baocao-report-'));
  let t: TestContext;

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => new Date('2024-07-10T03:00:00Z') });
    const department = await aUnit(t.services, {
      code: 'STTTT-T',
      name: 'Sở Thông tin và Truyền thông tỉnh Thử',
      kind: 'provincialDepartment',
    });
    const division = await aUnit(t.services, { parentId: department.id, name: 'Phòng Bưu chính' });
    const plan = await aPlan(t.database.db, t.services, { year: 2024 });
    await plan.task({
      lead: division.id,
      timeframe: 'Quý I',
      domain: 'Bưu chính',
      content: 'Kế hoạch phát triển bưu chính',
    });
    await plan.task({
      lead: division.id,
      timeframe: 'Quý III',
      domain: 'Bưu chính',
      content: 'Báo cáo bưu chính quý III',
    });
    const ctx = { actor: null, system: true, requestId: 'test', ip: null };
    const part = await plan.indicator({
      lead: division.id,
      domain: 'Bưu chính',
      content: 'Số điểm bưu điện văn hóa xã',
    });
    const total = await plan.indicator({
      lead: division.id,
      domain: 'Bưu chính',
      content: 'Tổng số điểm phục vụ bưu chính',
    });
    await t.services.indicators.putValue(ctx, part, { period: '2024-H1', value: 129, asOf: '2024-06-30' });
    await t.services.indicators.putValue(ctx, total, { period: '2024-H1', value: 115, asOf: '2024-06-30' });
    await t.services.indicators.addRule(ctx, plan.id, { kind: 'partLeqTotal', parts: [part], total });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the DOCX and XLSX and prints the sections, the completion rate and the warnings', async () => {
    const out = path.join(dir, 'bao-cao.docx');
    const xlsx = path.join(dir, 'bang.xlsx');
    const { lines, files } = await buildReportFiles(
      t.services,
      { unit: 'stttt-t', period: '2024-H1', out, xlsx },
      () => undefined,
    );

    expect(lines).toEqual(
      expect.arrayContaining([
        'Các mục (5):',
        '  1. Kết quả hoạt động nổi bật 6 tháng đầu năm 2024',
        'Tỷ lệ hoàn thành nhiệm vụ (hệ thống tính): đạt 0% (0/1 nhiệm vụ)',
        'Cảnh báo số liệu (1):',
        '  - Số điểm bưu điện văn hóa xã (129) lớn hơn Tổng số điểm phục vụ bưu chính (115). (Mục 2.1.1)',
        `Đã ghi ${out} và ${xlsx}.`,
      ]),
    );
    expect(files).toEqual([out, xlsx]);
    const docx = await readDocx(readFileSync(out));
    expect(paragraphTexts(docx.document)).toContain('SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH THỬ');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(1);
  });

  it('says which unit code it does not know', async () => {
    await expect(
      buildReportFiles(
        t.services,
        { unit: 'KHONG-CO', period: '2024-H1', out: path.join(dir, 'x.docx') },
        () => undefined,
      ),
    ).rejects.toThrow('Không có đơn vị mã "KHONG-CO".');
  });
});
