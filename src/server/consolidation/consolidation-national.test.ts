import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD, aUser } from '../../../test/support/builders.js';
import {
  NATIONAL_DOMAINS,
  type NationalDataset,
  SHARED_DIFFICULTY,
  SHARED_RESULT,
  aNationalDataset,
} from '../../../test/support/national.js';
import { formatValue } from '../../domain/tracking/format.js';

// Seed 002's scale: a ministry over 63 provincial departments, 12 indicators in four domains. Every
// figure the report states is recomputed here from the rows the builder wrote, not read back.

interface Block {
  id: string;
  location: string;
  appendix: string | null;
  content: { kind: string; text?: string; items?: string[] };
}
interface Report {
  id: string;
  draft: { blocks: Block[] };
}

const NOW = new Date('2024-07-20T03:00:00Z');
const round1 = (v: number) => Math.round(v * 10) / 10;

describe('the ministry report over 63 departments (seed 002)', () => {
  let t: TestContext;
  let compiler: Session;
  let data: NationalDataset;
  let report: Report;
  let responseBytes = 0;
  const text = (id: string) => report.draft.blocks.find((b) => b.id === id)?.content.text ?? '';
  const names = (indexes: readonly number[]) => indexes.map((i) => data.reporters[i]?.name).join(', ');

  /** The oracle: one indicator's figures from the dataset's own values. */
  const oracle = (id: string) => {
    const reported = data.values.flatMap((v, i) => (v && v[id] !== undefined ? [{ i, value: v[id] }] : []));
    const values = reported.map((r) => r.value);
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length / 2;
    const sum = values.reduce((a, v) => a + v, 0);
    const byValue = [...reported].sort((a, b) => b.value - a.value);
    return {
      reported,
      yes: reported.filter((r) => r.value === 1).map((r) => r.i),
      no: reported.filter((r) => r.value !== 1).map((r) => r.i),
      sum,
      mean: round1(sum / values.length),
      median: round1(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2),
      top: byValue.slice(0, 5),
      bottom: byValue.slice(-5).reverse(),
      met: reported.filter((r) => r.value >= 50).length,
      silent: data.values.flatMap((v, i) => (v === null ? [i] : [])),
    };
  };

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => NOW });
    data = await aNationalDataset(t.database.db, { departments: 63 });
    const user = await aUser(t.services, { orgUnitId: data.ministryId, roles: ['compiler'] });
    compiler = await login(t.app, user.username, TEST_PASSWORD);
    const res = await compiler.request('POST', '/api/consolidated-reports', {
      unitId: data.ministryId,
      period: data.periodCode,
      kind: 'upward',
    });
    expect(res.statusCode, res.body).toBe(200);
    responseBytes = Buffer.byteLength(res.body);
    report = res.json<Report>();
  }, 120_000);
  afterAll(() => t.close());

  it('writes each domain under its heading with its x/N lines, sums, means, medians and extremes', () => {
    const headings = report.draft.blocks.filter((b) => b.appendix === null && b.content.kind === 'heading');
    for (const domain of NATIONAL_DOMAINS) {
      const heading = headings.find((h) => h.content.text?.endsWith(`Lĩnh vực ${domain}`));
      expect(heading, domain).toBeDefined();
      for (const indicator of data.indicators.filter((i) => i.domain === domain)) {
        const block = report.draft.blocks.find((b) => b.id === `indicator:${indicator.id}`);
        expect(block?.location).toBe(heading?.location);
        const o = oracle(indicator.id);
        const line = text(`indicator:${indicator.id}`);
        const silent = `3 Sở chưa báo cáo: ${names(o.silent)}.`;
        expect(line.endsWith(silent)).toBe(true);
        if (indicator.kind === 'yesNo') {
          expect(line).toBe(
            `${o.yes.length}/63 Sở đã ${indicator.content.charAt(0).toLowerCase()}${indicator.content.slice(1)}; ` +
              `còn ${o.no.length} Sở chưa thực hiện${o.no.length > 10 ? ' (danh sách tại bảng số liệu kèm theo)' : `: ${names(o.no)}`}; ${silent}`,
          );
          continue;
        }
        const unit = indicator.kind === 'rate' ? 'percent' : 'count';
        const f = (v: number) => formatValue(v, unit);
        const ranked = (list: { i: number; value: number }[]) =>
          list.map((r) => `${data.reporters[r.i]?.name} (${f(r.value)})`).join(', ');
        const top = o.top[0];
        const bottom = o.bottom[0];
        expect(line).toBe(
          `${indicator.content}: ${unit === 'count' ? `tổng cộng ${f(o.sum)}; bình quân mỗi Sở ${f(o.mean)}, ` : `bình quân ${f(o.mean)}; `}` +
            `trung vị ${f(o.median)}; cao nhất ${data.reporters[top?.i ?? 0]?.name} (${f(top?.value ?? 0)}), ` +
            `thấp nhất ${data.reporters[bottom?.i ?? 0]?.name} (${f(bottom?.value ?? 0)}); ` +
            `5 Sở cao nhất: ${ranked(o.top)}; 5 Sở thấp nhất: ${ranked(o.bottom)}; 60/63 Sở có số liệu; ${silent}`,
        );
        if (indicator.kind === 'rate')
          expect(text(`indicator:${indicator.id}:target`)).toMatch(
            new RegExp(
              `^${o.met}/63 Sở đạt chỉ tiêu .* \\(≥ 50%\\); ${60 - o.met} Sở chưa đạt( \\(danh sách|: Sở)`,
            ),
          );
      }
    }
  });

  it.each([
    ['a difficulty', SHARED_DIFFICULTY, ':difficulties:'],
    ['a result under Viễn thông', SHARED_RESULT, ':results:vien-thong:'],
  ])(
    'writes %s 40 departments made (with drift in case and stops) once, with the count and the list',
    (_w, statement, part) => {
      const fold = (s: string) => s.toLowerCase().replace(/\.$/, '');
      const blocks = report.draft.blocks.filter(
        (b) => b.id.includes(part) && fold(b.content.text ?? '').startsWith(fold(statement)),
      );
      expect(blocks).toHaveLength(1);
      const forty = Array.from({ length: 40 }, (_, i) => i);
      expect(blocks[0]?.content.text).toBe(`${statement}. (40 Sở: ${names(forty)})`);
      // The distinct statements stay under their department's name.
      const own = report.draft.blocks.filter(
        (b) => b.id.includes(part) && (b.content.text ?? '').includes(`(${data.reporters[7]?.name})`),
      );
      expect(own.length).toBeGreaterThan(0);
    },
  );

  it('says who reported, on time or late, and who did not', () => {
    const missing = data.values.flatMap((v, i) => (v === null ? [i] : []));
    const received = 63 - missing.length;
    expect(text('missing-units')).toBe(
      `Đã nhận báo cáo của ${received}/63 Sở, ${received - data.late.length} Sở gửi đúng hạn; ` +
        `${data.late.length} Sở gửi muộn: ${names(data.late)}; ${missing.length} Sở chưa gửi báo cáo: ${names(missing)}.`,
    );
  });

  it('finds nothing to question in its own figures, and answers in a bounded size', async () => {
    const res = await compiler.request('GET', `/api/consolidated-reports/${report.id}/checks`);
    const { issues } = res.json<{ issues: { code: string }[] }>();
    expect(issues.filter((i) => i.code === 'figureMismatch')).toEqual([]);
    expect(responseBytes).toBeLessThan(300_000);
    // The annex sums each domain up in a handful of rows, not one row per department and indicator.
    const tableRows = report.draft.blocks.flatMap((b) =>
      b.content.kind === 'table'
        ? [(b.content as unknown as { table: { rows: unknown[] } }).table.rows.length]
        : [],
    );
    expect(tableRows).toEqual(NATIONAL_DOMAINS.map(() => 3));
  });

  it('exports every department figure to the XLSX, one sheet per domain, with SUM and AVERAGE rows', async () => {
    const res = await compiler.request('GET', `/api/consolidated-reports/${report.id}/tables.xlsx`);
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Số liệu Bưu chính');
    if (!sheet) throw new Error('no sheet');
    const count = data.indicators.find((i) => i.domain === 'Bưu chính' && i.kind === 'count');
    const o = oracle(count?.id ?? '');
    expect(sheet.getRow(2 + 63).getCell(4).value).toEqual({ formula: 'SUM(D2:D64)', result: o.sum });
    expect(sheet.getRow(2).getCell(4).value).toBe(data.values[0]?.[count?.id ?? '']);
  });

  it('writes the DOCX', async () => {
    const res = await compiler.request('GET', `/api/consolidated-reports/${report.id}/document.docx`);
    expect(res.statusCode).toBe(200);
  });
});
