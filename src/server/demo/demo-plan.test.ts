import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../domain/plan-import/index.js';
import { normalizeTimeframe } from '../../domain/timeframe/index.js';
import { DEMO_MINISTRY_PLAN_NUMBER, DEMO_PLAN_NUMBER, shiftPlanYears } from './demo-plan.js';

interface ExpectedRow {
  kind: string;
  part: string;
  domain: string;
  domainIndex: string;
  ordinal: string | null;
  subOrdinal: number | null;
  content: string;
  lead: string[];
  coordinators: string[];
  timeframe: string;
}
const read = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const expected = JSON.parse(read('demo-plan.expected.json')) as {
  count: { indicators: number; tasks: number; subRows: number };
  items: ExpectedRow[];
};
const parsed = parsePlanText(read('demo-plan.txt'));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the sample plan shipped for first start', () => {
  it('is labelled as sample data and has its header and six reporting regimes', () => {
    expect(parsed.document).toMatchObject({ number: DEMO_PLAN_NUMBER, date: '2025-01-10', year: 2025 });
    expect(parsed.document.title).toContain('Dữ liệu mẫu');
    expect(parsed.regimes.map((r) => r.frequency)).toEqual([
      'weekly',
      'monthly',
      'quarterly',
      'semiannual',
      'nineMonths',
      'annual',
    ]);
  });

  it('parses to exactly the rows it was written with', () => {
    expect(parsed.items.filter((i) => i.kind === 'indicator')).toHaveLength(expected.count.indicators);
    expect(parsed.items.filter((i) => i.kind === 'task')).toHaveLength(expected.count.tasks);
    expect(parsed.items.filter((i) => i.subOrdinal !== null)).toHaveLength(expected.count.subRows);
    const actual = parsed.items.map((i) => ({
      kind: i.kind,
      part: i.part,
      domainIndex: i.domainIndex,
      ordinal: i.ordinal,
      subOrdinal: i.subOrdinal,
      content: squash(i.content),
      lead: i.lead,
      coordinators: i.coordinators,
      timeframe: squash(i.timeframeRaw),
    }));
    expect(actual).toEqual(
      expected.items.map((e) => ({
        kind: e.kind,
        part: e.part,
        domainIndex: e.domainIndex,
        ordinal: e.ordinal,
        subOrdinal: e.subOrdinal,
        content: squash(e.content),
        lead: e.lead,
        coordinators: e.coordinators,
        timeframe: squash(e.timeframe),
      })),
    );
  });

  it('covers every kind of timeframe', () => {
    const kinds = new Set(
      parsed.items.map((i) => normalizeTimeframe(i.timeframeRaw, { planYear: 2025 }).kind),
    );
    expect([...kinds].sort()).toEqual([
      'continuous',
      'deadline',
      'month',
      'quarter',
      'recurring',
      'triggered',
      'unspecified',
      'wholeYear',
    ]);
  });

  it('moves to the year it is seeded in, every date and timeframe with it', () => {
    const shifted = parsePlanText(shiftPlanYears(read('demo-plan.txt'), 2027));
    expect(shifted.document).toMatchObject({ number: '99/KH-STTTT', date: '2027-01-10', year: 2027 });
    expect(shifted.items).toHaveLength(parsed.items.length);
    const twelfth = shifted.items.map((i) => i.timeframeRaw).filter((raw) => /Tháng 6\/\d{4}/.test(raw));
    expect(twelfth.length).toBeGreaterThan(0);
    expect(twelfth.every((raw) => raw.includes('2027'))).toBe(true);
    expect(shiftPlanYears('giai đoạn 2025 – 2030', 2026)).toBe('giai đoạn 2026 – 2031');
  });
});

describe("the ministry's sample plan", () => {
  it('reads as the three sector indicators the ministry leads, with no reporting regime to propose', () => {
    const ministry = parsePlanText(shiftPlanYears(read('demo-ministry-plan.txt'), 2026));
    expect(ministry.document).toMatchObject({
      number: DEMO_MINISTRY_PLAN_NUMBER,
      date: '2026-01-15',
      year: 2026,
    });
    expect(ministry.document.title).toContain('Dữ liệu mẫu');
    expect(ministry.regimes).toEqual([]);
    expect(ministry.items.map((i) => ({ kind: i.kind, content: squash(i.content), lead: i.lead }))).toEqual([
      { kind: 'indicator', content: 'Ban hành kế hoạch chuyển đổi số năm 2026', lead: ['Bộ TTTT'] },
      { kind: 'indicator', content: 'Số dịch vụ công trực tuyến toàn trình', lead: ['Bộ TTTT'] },
      {
        kind: 'indicator',
        content: 'Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 50%',
        lead: ['Bộ TTTT'],
      },
    ]);
  });
});
