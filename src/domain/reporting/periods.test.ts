// eslint-disable-next-line no-restricted-imports -- the test reads the shared seed; the code under test does not
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_ADJUSTMENTS, WorkingCalendar } from '../calendar/index.js';
import { parsePlanText } from '../plan-import/index.js';
import { ReportingError } from './errors.js';
import { AD_HOC_PERIOD_CODE, generatePeriods, regimePeriodByCode } from './periods.js';
import { type RegimeFrequency, type ReportRegime, regimeFromParsed } from './regime.js';
import { SEED_003_REGIMES } from './seed-003.fixture.js';

const calendar = new WorkingCalendar({ adjustments: OFFICIAL_ADJUSTMENTS });

function seedRegime(frequency: RegimeFrequency): ReportRegime {
  const parsed = SEED_003_REGIMES.find((r) => r.frequency === frequency);
  if (parsed === undefined) throw new Error(`no ${frequency} regime in the fixture`);
  return regimeFromParsed(parsed, { receivingUnitId: 'khtc', reportingUnits: { childrenOf: 'so' } }).regime;
}

describe('generatePeriods: seed 003 regimes in 2025', () => {
  it.each<[RegimeFrequency, number, string, string, string, string, string]>([
    ['weekly', 52, '2025-W27', 'Tuần 27/2025', '2025-06-26', '2025-07-02', '2025-07-03T15:00:00+07:00'],
    ['monthly', 12, '2025-01', 'Tháng 01/2025', '2024-12-15', '2025-01-14', '2025-01-15T23:59:59+07:00'],
    ['quarterly', 4, '2025-Q2', 'Quý II/2025', '2025-03-15', '2025-06-14', '2025-06-15T23:59:59+07:00'],
    [
      'semiannual',
      1,
      '2025-H1',
      '6 tháng đầu năm 2025',
      '2024-12-15',
      '2025-06-14',
      '2025-06-15T23:59:59+07:00',
    ],
    ['nineMonths', 1, '2025-9M', '9 tháng năm 2025', '2024-12-15', '2025-09-14', '2025-09-15T23:59:59+07:00'],
    ['annual', 1, '2025', 'Năm 2025', '2024-12-15', '2025-12-14', '2025-11-15T23:59:59+07:00'],
  ])('%s: %i periods; %s (%s) covers %s … %s, due %s', (frequency, count, code, label, from, to, dueAt) => {
    const periods = generatePeriods(seedRegime(frequency), 2025, calendar);
    expect(periods).toHaveLength(count);
    expect(periods.find((p) => p.code === code)).toMatchObject({
      label,
      cutOff: { from, to },
      dueAt,
      dueDate: dueAt.slice(0, 10),
    });
  });

  it('monthly reports are due on the 15th of every month, weekends included', () => {
    const periods = generatePeriods(seedRegime('monthly'), 2025, calendar);
    expect(periods.map((p) => p.dueDate.slice(5))).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `${m}-15`),
    );
    // 0 where the 15th is a Saturday or Sunday: no working day between cut-off and deadline.
    expect(periods.map((p) => p.workingDaysAfterCutOff)).toEqual([1, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1]);
  });

  it('the annual report falls due a month before its §1.4 window closes', () => {
    const [year] = generatePeriods(seedRegime('annual'), 2025, calendar);
    expect(year?.workingDaysAfterCutOff).toBe(-20);
  });

  it('weekly periods follow the ISO week-numbering year', () => {
    const periods = generatePeriods(seedRegime('weekly'), 2026, calendar);
    expect(periods).toHaveLength(53);
    expect(periods[0]).toMatchObject({
      code: '2026-W01',
      start: '2025-12-29',
      dueAt: '2026-01-01T15:00:00+07:00',
    });
  });
});

const adHoc: ReportRegime = {
  ...seedRegime('monthly'),
  id: 'bao-cao-bao-lu',
  frequency: 'adHoc',
  cutOffRule: { kind: 'explicit', from: '2025-03-01', to: '2025-03-15' },
  deadlineRule: { kind: 'explicit', at: '2025-03-20T17:00' },
};

describe('ad hoc regimes', () => {
  it.each([
    [
      2025,
      [{ code: AD_HOC_PERIOD_CODE, label: 'Đột xuất, hạn 20/3/2025', dueAt: '2025-03-20T17:00:00+07:00' }],
    ],
    [2024, []],
  ])('in %i → %o', (year, expected) => {
    const periods = generatePeriods(adHoc, year, calendar);
    expect(periods.map(({ code, label, dueAt }) => ({ code, label, dueAt }))).toEqual(expected);
  });

  it('covers its explicit window', () => {
    expect(regimePeriodByCode(adHoc, 'adhoc', calendar)).toMatchObject({
      start: '2025-03-01',
      end: '2025-03-15',
      workingDaysAfterCutOff: 4, // Mon 17 … Thu 20 March
    });
  });

  it('needs an explicit deadline', () => {
    const bad: ReportRegime = { ...adHoc, deadlineRule: { kind: 'dayOfMonth', day: 15 } };
    expect(() => generatePeriods(bad, 2025, calendar)).toThrow(ReportingError);
  });
});

describe('regimePeriodByCode', () => {
  it.each<[RegimeFrequency, string, string]>([
    ['monthly', '2025-06', '2025-06-15T23:59:59+07:00'],
    ['weekly', '2025-W05', '2025-01-30T15:00:00+07:00'],
    ['semiannual', '2025-H1', '2025-06-15T23:59:59+07:00'],
  ])('%s %s → %s', (frequency, code, dueAt) => {
    expect(regimePeriodByCode(seedRegime(frequency), code, calendar).dueAt).toBe(dueAt);
  });

  it.each<[RegimeFrequency, string]>([
    ['semiannual', '2025-H2'],
    ['monthly', '2025-Q2'],
    ['monthly', 'adhoc'],
  ])('%s has no period %s', (frequency, code) => {
    expect(() => regimePeriodByCode(seedRegime(frequency), code, calendar)).toThrow();
  });
});

const seedFile = fileURLToPath(new URL('../../../../shared/seeds/003_77dc22eebe307cd2.txt', import.meta.url));

describe.skipIf(!existsSync(seedFile))('seed 003 as the plan parser reads it', () => {
  it('gives the regimes of the fixture', () => {
    const parsed = parsePlanText(readFileSync(seedFile, 'utf8')).regimes;
    const brief = (r: (typeof parsed)[number]) => [r.name, r.frequency, r.deadline, r.recipient];
    expect(parsed.map(brief)).toEqual(SEED_003_REGIMES.map(brief));
  });
});
