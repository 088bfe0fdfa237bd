import { describe, expect, it } from 'vitest';
import { ReportingError } from './errors.js';
import {
  type Instant,
  type RollupUnit,
  type SubmissionStatus,
  addRates,
  reportingRates,
  rollup,
  submissionStatus,
} from './timeliness.js';

const DUE = '2025-01-15T23:59:59+07:00';
const BEFORE = '2025-01-10T08:00:00+07:00';
const AFTER = '2025-01-20T08:00:00+07:00';

describe('submissionStatus', () => {
  it.each<[string, Instant | null, Instant | null, Instant, SubmissionStatus]>([
    ['sent before the deadline', '2025-01-15T10:00:00+07:00', null, AFTER, 'onTime'],
    ['sent in the last second', '2025-01-15T23:59:59.800+07:00', null, AFTER, 'onTime'],
    ['sent at midnight', '2025-01-16T00:00:00+07:00', null, AFTER, 'late'],
    ['sent in UTC, just in time', '2025-01-15T16:59:59Z', null, AFTER, 'onTime'],
    ['sent in UTC, just late', '2025-01-15T17:00:00Z', null, AFTER, 'late'],
    [
      'sent on time, accepted late',
      '2025-01-15T10:00:00+07:00',
      '2025-01-25T10:00:00+07:00',
      AFTER,
      'onTime',
    ],
    ['paper report, only accepted on time', null, '2025-01-14T09:00:00+07:00', AFTER, 'onTime'],
    ['paper report, only accepted late', null, '2025-01-17T09:00:00+07:00', AFTER, 'late'],
    ['nothing yet, not due', null, null, BEFORE, 'pending'],
    ['nothing yet, due this very second', null, null, DUE, 'pending'],
    ['nothing, past due', null, null, AFTER, 'missing'],
    ['Date values', new Date('2025-01-15T03:00:00Z'), null, new Date('2025-02-01T00:00:00Z'), 'onTime'],
  ])('%s → %s', (_what, submittedAt, acceptedAt, now, status) => {
    expect(submissionStatus({ submittedAt, acceptedAt, dueAt: DUE, now })).toBe(status);
  });

  it.each([
    ['no offset', { submittedAt: '2025-01-15T10:00:00', acceptedAt: null, dueAt: DUE, now: AFTER }],
    ['a bare date', { submittedAt: null, acceptedAt: null, dueAt: '2025-01-15', now: AFTER }],
    ['an invalid Date', { submittedAt: null, acceptedAt: null, dueAt: DUE, now: new Date(NaN) }],
  ])('refuses %s', (_what, facts) => {
    expect(() => submissionStatus(facts)).toThrow(ReportingError);
  });
});

const rows = (...statuses: SubmissionStatus[]) => statuses.map((status) => ({ status }));

describe('reportingRates', () => {
  it.each<[string, SubmissionStatus[], object]>([
    [
      'nothing expected',
      [],
      {
        expected: 0,
        submitted: 0,
        onTime: 0,
        late: 0,
        missing: 0,
        pending: 0,
        reportingRate: null,
        onTimeRate: null,
      },
    ],
    [
      'a mix',
      ['onTime', 'onTime', 'late', 'missing'],
      {
        expected: 4,
        submitted: 3,
        onTime: 2,
        late: 1,
        missing: 1,
        pending: 0,
        reportingRate: 75,
        onTimeRate: 50,
      },
    ],
    ['thirds', ['onTime', 'late', 'missing'], { reportingRate: 66.7, onTimeRate: 33.3 }],
    [
      'an open period counts pending as expected',
      ['onTime', 'pending', 'pending', 'pending'],
      { expected: 4, reportingRate: 25 },
    ],
    ['all late', ['late', 'late'], { reportingRate: 100, onTimeRate: 0 }],
    ['one in eight', ['onTime', ...Array<SubmissionStatus>(7).fill('missing')], { reportingRate: 12.5 }],
    [
      '5 of 63',
      [...Array<SubmissionStatus>(5).fill('onTime'), ...Array<SubmissionStatus>(58).fill('missing')],
      { reportingRate: 7.9 },
    ],
  ])('%s', (_what, statuses, expected) => {
    expect(reportingRates(rows(...statuses))).toMatchObject(expected);
  });

  it('adds groups from their counts, not by averaging rates', () => {
    const total = addRates([
      reportingRates(rows('onTime')),
      reportingRates(rows('missing', 'missing', 'missing')),
    ]);
    expect(total).toMatchObject({ expected: 4, submitted: 1, reportingRate: 25 });
    expect(addRates([])).toMatchObject({ expected: 0, reportingRate: null });
  });
});

describe('rollup', () => {
  // A ministry and its 63 departments; so-07 passes its report down from three divisions.
  const departments: RollupUnit[] = Array.from({ length: 63 }, (_, i) => {
    const id = `so-${String(i + 1).padStart(2, '0')}`;
    const children =
      i === 6 ? ['a', 'b', 'c'].map((p) => ({ id: `${id}-${p}`, name: `Phòng ${p.toUpperCase()}` })) : [];
    return { id, name: `Sở ${i + 1}`, children };
  });
  const ministry: RollupUnit = {
    id: 'bo',
    name: 'Bộ',
    children: [...departments, { id: 'vu', name: 'Vụ (không báo cáo)' }],
  };
  const missing = new Set(['so-05', 'so-12', 'so-40', 'so-41', 'so-63']);
  const byUnit = new Map(
    departments.map((d, i) => {
      const status: SubmissionStatus = missing.has(d.id) ? 'missing' : i % 10 === 0 ? 'late' : 'onTime';
      return [d.id, rows(status)] as const;
    }),
  );
  byUnit.set('so-07-a', rows('onTime'));
  byUnit.set('so-07-b', rows('missing'));
  byUnit.set('so-07-c', rows('pending'));
  byUnit.set('elsewhere', rows('missing'));
  const tree = rollup(ministry, byUnit);

  it('tells the ministry how many departments reported, and which did not', () => {
    expect(tree).toMatchObject({ childrenExpected: 63, childrenReported: 58 });
    expect(tree.missingChildren).toEqual(
      [...missing].map((id) => ({ id, name: `Sở ${Number(id.slice(3))}` })),
    );
    expect(tree.own.expected).toBe(0);
  });

  it('adds up every level below', () => {
    expect(tree.total).toMatchObject({
      expected: 66,
      submitted: 59,
      onTime: 53,
      late: 6,
      missing: 6,
      pending: 1,
    });
    expect(tree.total.reportingRate).toBe(89.4);
  });

  it('shows a department its own divisions', () => {
    const so07 = tree.children[6];
    expect(so07).toMatchObject({ unitId: 'so-07', childrenExpected: 3, childrenReported: 1 });
    expect(so07?.missingChildren).toEqual([{ id: 'so-07-b', name: 'Phòng B' }]);
    expect(so07?.total).toMatchObject({ expected: 4, submitted: 2, reportingRate: 50 });
  });

  it('counts a unit with nothing expected nowhere', () => {
    expect(tree.children.at(-1)).toMatchObject({ unitId: 'vu', total: { expected: 0, reportingRate: null } });
  });

  it('refuses a unit inside itself', () => {
    const loop: RollupUnit = {
      id: 'x',
      name: 'X',
      children: [{ id: 'y', name: 'Y', children: [{ id: 'x', name: 'X' }] }],
    };
    expect(() => rollup(loop, new Map())).toThrow(ReportingError);
  });
});
