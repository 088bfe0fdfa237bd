import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestContext } from '../../../test/support/app.js';
import { TEST_PASSWORD } from '../../../test/support/builders.js';
import { paragraphTexts, readDocx, tables } from '../../../test/support/docx.js';
import { formatValue } from '../../domain/tracking/format.js';
import { DEMO_MINISTRY_FIGURES } from '../demo/demo-activity.js';
import { DEMO_MINISTRY_DEPARTMENTS } from '../demo/demo-org.js';
import { seedDemoData } from '../demo/demo-seed.js';

interface Report {
  id: string;
  draft: { blocks: { id: string; content: { text?: string } }[] };
}

interface Regime {
  receivingUnit: { name: string };
  units: { id: string; name: string }[];
  dataForm: { id: string; content: string }[];
}

const NOW = new Date('2024-07-20T03:00:00Z');
const PERIOD = '2024-H1';

/**
 * Issue #6 over the sample data itself: the ministry's report built from what the sample
 * departments filed in its data form, as a fresh install shows it.
 */
describe("the demo ministry's consolidated report over its sample departments", () => {
  let t: TestContext;
  let compiler: Session;
  let report: Report;
  let regime: Regime;
  /** Each department's name by unit code. */
  let names: Map<string, string>;
  const text = (id: string) => report.draft.blocks.find((b) => b.id === id)?.content.text;
  const indicator = (k: number) => {
    const item = regime.dataForm[k];
    if (!item) throw new Error(`the data form has no indicator ${k}`);
    return item;
  };
  /** The departments that gave the figure at position `k` of the data form, with it. */
  const answered = (k: number) =>
    DEMO_MINISTRY_DEPARTMENTS.flatMap((code) => {
      const value = DEMO_MINISTRY_FIGURES[code]?.[k];
      return value === undefined ? [] : [{ name: names.get(code) ?? code, value }];
    });
  const silent = () =>
    DEMO_MINISTRY_DEPARTMENTS.filter((code) => DEMO_MINISTRY_FIGURES[code] === undefined).map(
      (code) => names.get(code) ?? code,
    );

  beforeAll(async () => {
    t = await createTestApp({}, { now: () => NOW });
    await seedDemoData(t.database.db, t.services, TEST_PASSWORD);
    const units = await t.services.orgUnits.listAll();
    names = new Map(units.map((u) => [u.code, u.name]));
    compiler = await login(t.app, 'tonghopbo', TEST_PASSWORD);

    const regimes = await compiler.request('GET', '/api/report-regimes?status=active');
    const found = regimes
      .json<{ regimes: Regime[] }>()
      .regimes.find((r) => r.receivingUnit.name === names.get('BTTTT'));
    if (!found) throw new Error('the demo ministry regime is missing');
    regime = found;

    const res = await compiler.request('POST', '/api/consolidated-reports', {
      unitId: units.find((u) => u.code === 'BTTTT')?.id,
      period: PERIOD,
      kind: 'upward',
    });
    expect(res.statusCode, res.body).toBe(200);
    report = res.json<Report>();
  }, 180_000);
  afterAll(() => t.close());

  it("gives the ministry's regime a data form of the ministry plan's indicators, owed by at least five departments", () => {
    expect(regime.units.map((u) => u.name)).toEqual(DEMO_MINISTRY_DEPARTMENTS.map((c) => names.get(c)));
    expect(regime.units.length).toBeGreaterThanOrEqual(5);
    expect(regime.dataForm.map((f) => f.content)).toEqual([
      'Ban hành kế hoạch chuyển đổi số năm 2024',
      'Số dịch vụ công trực tuyến toàn trình',
      'Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 50%',
    ]);
  });

  it('counts the yes/no indicator as x/N Sở, naming the one that has not done it and the one that did not report', () => {
    const answers = answered(0);
    const yes = answers.filter((a) => a.value === 1);
    const no = answers.filter((a) => a.value === 0).map((a) => a.name);
    expect(no).toEqual([names.get('STTTT-DT')]);
    expect(silent()).toEqual([names.get('STTTT-HG')]);
    const total = DEMO_MINISTRY_DEPARTMENTS.length;
    expect(text(`indicator:${indicator(0).id}`)).toBe(
      `${yes.length}/${total} Sở đã ban hành kế hoạch chuyển đổi số năm 2024; ` +
        `còn ${no.length} Sở chưa thực hiện: ${no.join(', ')}; ` +
        `${silent().length} Sở chưa báo cáo: ${silent().join(', ')}.`,
    );
    expect(text(`indicator:${indicator(0).id}`)).toMatch(/^4\/6 Sở đã ban hành/);
  });

  it('sums the count over the departments with each one’s figure, and averages the rate', () => {
    const counts = answered(1);
    const sum = counts.reduce((a, c) => a + c.value, 0);
    const breakdown = counts.map((c) => `${c.name}: ${formatValue(c.value, 'count')}`).join('; ');
    const tail = `${counts.length}/${DEMO_MINISTRY_DEPARTMENTS.length} Sở có số liệu; 1 Sở chưa báo cáo: ${silent().join(', ')}.`;
    const spread = (list: { name: string; value: number }[], unit: 'count' | 'percent') => {
      const sorted = [...list].sort((a, b) => b.value - a.value);
      const top = sorted[0];
      const bottom = sorted.at(-1);
      const values = sorted.map((x) => x.value).reverse();
      const mid = Math.floor(values.length / 2);
      const median =
        values.length % 2 ? (values[mid] ?? 0) : ((values[mid - 1] ?? 0) + (values[mid] ?? 0)) / 2;
      return {
        median: formatValue(Math.round(median * 10) / 10, unit),
        extremes: `cao nhất ${top?.name} (${formatValue(top?.value ?? 0, unit)}), thấp nhất ${bottom?.name} (${formatValue(bottom?.value ?? 0, unit)})`,
      };
    };
    const mean = Math.round((sum / counts.length) * 10) / 10;
    const c = spread(counts, 'count');
    expect(text(`indicator:${indicator(1).id}`)).toBe(
      `Số dịch vụ công trực tuyến toàn trình: tổng cộng ${formatValue(sum, 'count')} (${breakdown}); ` +
        `bình quân mỗi Sở ${formatValue(mean, 'count')}, trung vị ${c.median}; ${c.extremes}; ${tail}`,
    );

    const rates = answered(2);
    const average = Math.round((rates.reduce((a, r) => a + r.value, 0) / rates.length) * 10) / 10;
    const rateBreakdown = rates.map((r) => `${r.name}: ${formatValue(r.value, 'percent')}`).join('; ');
    const r = spread(rates, 'percent');
    expect(text(`indicator:${indicator(2).id}`)).toBe(
      `Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 50%: bình quân ${formatValue(average, 'percent')} (${rateBreakdown}); ` +
        `trung vị ${r.median}; ${r.extremes}; ${tail}`,
    );
    // The plan's target (đạt 50%) judged for each department.
    const met = rates.filter((x) => x.value >= 50);
    const notMet = rates.filter((x) => x.value < 50).map((x) => x.name);
    expect(text(`indicator:${indicator(2).id}:target`)).toBe(
      `${met.length}/${DEMO_MINISTRY_DEPARTMENTS.length} Sở đạt chỉ tiêu tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 50% (≥ 50%)` +
        (notMet.length > 0 ? `; ${notMet.length} Sở chưa đạt: ${notMet.join(', ')}.` : '.'),
    );
  });

  it('names the departments that reported late, recomputed from the stored reports, and the one that did not report', async () => {
    const sent = await t.database.db
      .selectFrom('submissions as s')
      .innerJoin('report_periods as p', 'p.id', 's.period_id')
      .innerJoin('org_units as u', 'u.id', 's.org_unit_id')
      .select(['u.name', 's.submitted_at', 'p.due_at'])
      .where('s.status', '=', 'accepted')
      .where('p.code', '=', PERIOD)
      .where('u.kind', '=', 'provincialDepartment')
      .execute();
    const order = DEMO_MINISTRY_DEPARTMENTS.map((c) => names.get(c));
    const late = sent
      .filter((s) => s.submitted_at !== null && new Date(s.submitted_at) > new Date(s.due_at))
      .map((s) => s.name)
      .sort((a, b) => order.indexOf(a) - order.indexOf(b));
    expect(late.length).toBeGreaterThan(0);
    const reported = DEMO_MINISTRY_DEPARTMENTS.length - silent().length;
    expect(text('missing-units')).toBe(
      `Đã nhận báo cáo của ${reported}/${DEMO_MINISTRY_DEPARTMENTS.length} Sở, ${reported - late.length} Sở gửi đúng hạn; ` +
        `${late.length} Sở gửi muộn: ${late.join(', ')}; ${silent().length} Sở chưa gửi báo cáo: ${silent().join(', ')}.`,
    );
  });

  it('writes the x/N line and the summary of each domain into the Word document', async () => {
    const file = await compiler.request('GET', `/api/consolidated-reports/${report.id}/document.docx`);
    expect(file.statusCode).toBe(200);
    const docx = await readDocx(file.rawPayload);
    const line = text(`indicator:${indicator(0).id}`) ?? '';
    expect(paragraphTexts(docx.document)).toContain(line);
    // The annex sums each domain up; every department's figure is in the XLSX.
    const rows = tables(docx.document).flatMap((table) => table.rows.map((r) => r.cells));
    expect(rows).toEqual(
      expect.arrayContaining([
        ['1', 'Ban hành kế hoạch chuyển đổi số năm 2024', '5/6', '', '', '', '', '', '4/6'],
      ]),
    );
  });
});
