import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD, aUnit, aUser } from '../../../test/support/builders.js';
import { aRegimeWithPeriod, aSubmission, richText } from '../../../test/support/consolidation.js';
import { paragraphTexts, readDocx, sections } from '../../../test/support/docx.js';
import { aPlan } from '../../../test/support/tracking.js';

interface Report {
  id: string;
  draft: { blocks: { id: string; location: string; appendix: string | null; content: { text?: string } }[] };
}

const NOW = new Date('2024-07-20T03:00:00Z');
const PROVINCES = ['An Giang', 'Cần Thơ', 'Đồng Tháp', 'Kiên Giang', 'Cà Mau', 'Hậu Giang'];

describe('consolidated report of a ministry over its departments', () => {
  let t: TestContext;
  let compiler: Session;
  let report: Report;
  const text = (id: string) => report.draft.blocks.find((b) => b.id === id)?.content.text;
  let ids: { plan: string; yesNo: string; count: string; rate: string };

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => NOW });
    const ministry = await aUnit(t.services, {
      name: 'Bộ Thông tin và Truyền thông',
      kind: 'ministry',
      code: 'BTTTT',
    });
    const office = await aUnit(t.services, { parentId: ministry.id, name: 'Vụ Kế hoạch – Tài chính' });
    const departments = [];
    for (const [i, name] of PROVINCES.entries())
      departments.push(
        await aUnit(t.services, { name: `Sở TTTT ${name}`, kind: 'provincialDepartment', sortOrder: i + 1 }),
      );
    const user = await aUser(t.services, { orgUnitId: office.id, roles: ['compiler'] });
    compiler = await login(t.app, user.username, TEST_PASSWORD);

    const plan = await aPlan(t.database.db, t.services, { year: 2024 });
    ids = {
      plan: plan.id,
      yesNo: await plan.indicator({
        lead: ministry.id,
        domain: 'Viễn thông',
        content: 'Ban hành kế hoạch dùng chung hạ tầng viễn thông',
      }),
      count: await plan.indicator({
        lead: ministry.id,
        domain: 'Chuyển đổi số',
        content: 'Số dịch vụ công trực tuyến toàn trình',
      }),
      rate: await plan.indicator({
        lead: ministry.id,
        domain: 'Chuyển đổi số',
        content: 'Tỷ lệ hồ sơ trực tuyến đạt 50%',
      }),
    };
    const { periodId } = await aRegimeWithPeriod(t.database.db, {
      receiverId: ministry.id,
      reportingUnits: departments.map((d) => d.id),
      periodCode: '2024-H1',
      dataForm: [ids.yesNo, ids.count, ids.rate],
    });
    const answers: [number, number, number][] = [
      [1, 912, 80],
      [1, 570, 60],
      [0, 1048, 104],
      [1, 300, 70],
      [1, 200, 90],
    ];
    for (const [i, [yes, count, rate]] of answers.entries()) {
      const unit = departments[i];
      if (!unit) continue;
      await aSubmission(t.database.db, periodId, unit.id, {
        sections: {
          highlights: richText(`Hoạt động nổi bật của ${unit.name}`),
          results: richText({ h: 'Viễn thông' }, `Phát triển hạ tầng tại ${unit.name}`),
          difficulties: richText('Thiếu nhân lực chuyển đổi số'),
        },
        data: { [ids.yesNo]: { value: yes }, [ids.count]: { value: count }, [ids.rate]: { value: rate } },
      });
    }
    // Sent but not yet accepted: it must not count.
    const last = departments[5];
    if (last)
      await aSubmission(t.database.db, periodId, last.id, {
        status: 'submitted',
        data: { [ids.yesNo]: { value: 1 } },
      });

    const res = await compiler.request('POST', '/api/consolidated-reports', {
      unitId: ministry.id,
      period: '2024-H1',
      kind: 'upward',
    });
    expect(res.statusCode, res.body).toBe(200);
    report = res.json<Report>();
  });
  afterAll(() => t.close());

  it('counts yes/no indicators as x/N across the departments, naming who has not done it or not reported', () => {
    expect(text(`indicator:${ids.yesNo}`)).toBe(
      '4/6 Sở đã ban hành kế hoạch dùng chung hạ tầng viễn thông; còn 1 Sở chưa thực hiện: Sở TTTT Đồng Tháp; 1 Sở chưa báo cáo: Sở TTTT Hậu Giang.',
    );
  });

  it('sums numeric indicators with the breakdown by department', () => {
    expect(text(`indicator:${ids.count}`)).toBe(
      'Số dịch vụ công trực tuyến toàn trình: tổng cộng 3.030 (Sở TTTT An Giang: 912; Sở TTTT Cần Thơ: 570; Sở TTTT Đồng Tháp: 1.048; Sở TTTT Kiên Giang: 300; Sở TTTT Cà Mau: 200); bình quân mỗi Sở 606, trung vị 570; cao nhất Sở TTTT Đồng Tháp (1.048), thấp nhất Sở TTTT Cà Mau (200); 5/6 Sở có số liệu; 1 Sở chưa báo cáo: Sở TTTT Hậu Giang.',
    );
    expect(text(`indicator:${ids.rate}`)).toMatch(/^Tỷ lệ hồ sơ trực tuyến đạt 50%: bình quân 80,8% \(/);
  });

  it('writes a difficulty five departments reported alike once, naming them all', () => {
    const difficulties = report.draft.blocks.filter((b) => b.id.includes(':difficulties:'));
    expect(difficulties.map((b) => b.content.text)).toEqual([
      'Thiếu nhân lực chuyển đổi số (5 Sở: Sở TTTT An Giang, Sở TTTT Cần Thơ, Sở TTTT Đồng Tháp, Sở TTTT Kiên Giang, Sở TTTT Cà Mau)',
    ]);
  });

  it('lists the departments that reported late (sent 1/7, due 15/6) and the one that did not report', () => {
    expect(text('missing-units')).toBe(
      'Đã nhận báo cáo của 5/6 Sở, không Sở nào gửi đúng hạn; 5 Sở gửi muộn: Sở TTTT An Giang, Sở TTTT Cần Thơ, Sở TTTT Đồng Tháp, Sở TTTT Kiên Giang, Sở TTTT Cà Mau; 1 Sở chưa gửi báo cáo: Sở TTTT Hậu Giang.',
    );
  });

  it("flags a department's rate above 100 % with where the figure stands", async () => {
    await compiler.request('POST', `/api/plans/${ids.plan}/indicator-rules`, {
      kind: 'rateLeq100',
      parts: [ids.rate],
    });
    const res = await compiler.request('GET', `/api/consolidated-reports/${report.id}/checks`);
    const { issues } = res.json<{ issues: { message: string; location: string }[] }>();
    expect(issues.map((i) => i.location)).toEqual(['Mục I.2']);
    expect(issues[0]?.message).toMatch(/^Sở TTTT Đồng Tháp: .*104.*100%/);
  });

  it('writes the highlights annex and the figures annex on a landscape page', async () => {
    const file = await compiler.request('GET', `/api/consolidated-reports/${report.id}/document.docx`);
    const docx = await readDocx(file.rawPayload);
    const texts = paragraphTexts(docx.document).map((p) => p.replace(/\n/g, ' '));
    expect(texts).toEqual(
      expect.arrayContaining([
        'HOẠT ĐỘNG NỔI BẬT CỦA CÁC SỞ',
        '1. Sở TTTT An Giang',
        'Hoạt động nổi bật của Sở TTTT An Giang',
        'Phát triển hạ tầng tại Sở TTTT Cần Thơ (Sở TTTT Cần Thơ)',
        'BỘ THÔNG TIN VÀ TRUYỀN THÔNG',
      ]),
    );
    expect(sections(docx.document).map((s) => s.orient)).toEqual(['portrait', 'portrait', 'landscape']);
  });

  it('exports the figures for people who sum: numbers, percent cells, formats and total rows', async () => {
    const res = await compiler.request('GET', `/api/consolidated-reports/${report.id}/tables.xlsx`);
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    // The draft's summary per domain, then every department's figure: one sheet per domain,
    // departments as rows, indicators as columns.
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp Viễn thông',
      'Tổng hợp Chuyển đổi số',
      'Số liệu Viễn thông',
      'Số liệu Chuyển đổi số',
    ]);
    const sheet = workbook.getWorksheet('Số liệu Chuyển đổi số');
    if (!sheet) throw new Error('no figures sheet');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'STT',
      'Đơn vị',
      'Số dịch vụ công trực tuyến toàn trình',
      'Tỷ lệ hồ sơ trực tuyến đạt 50%',
    ]);
    const row = (n: number) => sheet.getRow(n);
    expect(row(2).getCell(2).value).toBe('Sở TTTT An Giang');
    expect(row(2).getCell(3).value).toBe(912);
    expect(row(2).getCell(3).numFmt).toBe('#,##0');
    expect(row(8).getCell(2).value).toBe('Tổng cộng');
    expect(row(8).getCell(3).value).toEqual({ formula: 'SUM(C2:C7)', result: 3030 });
    expect(row(8).font.bold).toBe(true);
    // The rate: percent cells holding fractions, then their AVERAGE (80,8 %) over the same rows.
    expect(row(2).getCell(4).value).toBe(0.8);
    expect(row(2).getCell(4).numFmt).toBe('0%');
    expect(row(9).getCell(2).value).toBe('Bình quân');
    expect(row(9).getCell(4).formula).toBe('AVERAGE(D2:D7)');
    expect((row(9).getCell(4).value as { result: number }).result).toBeCloseTo(0.808, 6);
    expect(row(9).getCell(4).numFmt).toBe('0.0%');
    // Hậu Giang sent nothing: an empty cell, which SUM and AVERAGE leave out as the report does.
    expect(row(7).getCell(2).value).toBe('Sở TTTT Hậu Giang');
    expect(row(7).getCell(3).text).toBe('');
    // Yes/no as 1 and 0, so that the sheet counts them.
    const telecom = workbook.getWorksheet('Số liệu Viễn thông');
    expect([2, 3, 4].map((n) => telecom?.getRow(n).getCell(3).value)).toEqual([1, 1, 0]);
    expect(workbook.worksheets.every((w) => w.name.length <= 31)).toBe(true);
  });

  it("checks the x/N and the sum in the compiler's rewording against the departments' figures", async () => {
    const current = (await compiler.request('GET', `/api/consolidated-reports/${report.id}`)).json<
      Report & { version: number }
    >();
    const edited = await compiler.request('PUT', `/api/consolidated-reports/${report.id}`, {
      version: current.version,
      edits: [
        {
          op: 'rewrite',
          blockId: `indicator:${ids.yesNo}`,
          text: '59/63 Sở đã ban hành kế hoạch dùng chung.',
        },
        {
          op: 'rewrite',
          blockId: `indicator:${ids.count}`,
          text: 'Tổng cộng 3.100 dịch vụ công toàn trình.',
        },
        { op: 'insert', afterId: 'missing-units', text: 'Đến nay đã nhận báo cáo của 6/6 Sở.' },
      ],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const { issues } = (await compiler.request('GET', `/api/consolidated-reports/${report.id}/checks`)).json<{
      issues: { code: string; location: string; figure?: { stated: string; actual: string } }[];
    }>();
    expect(
      issues
        .filter((i) => i.code === 'figureMismatch')
        .map((i) => [i.location, i.figure?.stated, i.figure?.actual]),
    ).toEqual([
      ['Mục I.1', '59/63', '4/6'],
      ['Mục I.2', '3.100', '3.030'],
      ['Mục V', '6/6', '5/6'],
    ]);
    const file = await compiler.request('GET', `/api/consolidated-reports/${report.id}/tables.xlsx`);
    expect(file.statusCode).toBe(409);
  });

  it('documents its paths in the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const paths = Object.keys(res.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/consolidated-reports',
        '/api/consolidated-reports/{id}',
        '/api/consolidated-reports/{id}/refresh',
        '/api/consolidated-reports/{id}/checks',
        '/api/consolidated-reports/{id}/document.docx',
        '/api/consolidated-reports/{id}/tables.xlsx',
        '/api/consolidated-reports/{id}/document.pdf',
      ]),
    );
  });
});
