import { describe, expect, it } from 'vitest';
import {
  type OwedPeriod,
  type RegimeReporters,
  type SubmissionFact,
  owedReports,
  owingUnitIds,
  timelinessOf,
} from './expected-reports.js';
import type { SubmissionState } from './submission-workflow.js';
import type { SubmissionStatus } from './timeliness.js';

// A Sở (S) with three divisions (A, B, C); C is the receiving unit of the division regime.
const units = [
  { id: 'S', parentId: null },
  { id: 'A', parentId: 'S' },
  { id: 'B', parentId: 'S' },
  { id: 'C', parentId: 'S' },
  { id: 'A1', parentId: 'A' },
];
const divisions: RegimeReporters = { reportingUnits: { childrenOf: 'S' }, receivingUnitId: 'C' };
const listed: RegimeReporters = { reportingUnits: ['A', 'B', 'gone'], receivingUnitId: 'S' };

describe('owingUnitIds', () => {
  it.each<[string, RegimeReporters, readonly string[] | null, string[]]>([
    ['children of the Sở, less the receiver', divisions, null, ['A', 'B']],
    ['a listed set, less units no longer in the tree', listed, null, ['A', 'B']],
    ["the period's own list wins (ad hoc)", divisions, ['A1', 'B'], ['A1', 'B']],
    ["the receiver is dropped from the period's own list too", divisions, ['C', 'A'], ['A']],
    ['an empty own list owes nothing', divisions, [], []],
  ])('%s', (_, regime, periodUnitIds, expected) => {
    expect(owingUnitIds(regime, periodUnitIds, units)).toEqual(expected);
  });
});

const due = new Date('2024-06-15T16:59:59Z'); // 23:59:59 on 15/6 in Vietnam
const before = new Date('2024-06-14T03:00:00Z');
const after = new Date('2024-06-20T03:00:00Z');

describe('timelinessOf', () => {
  it.each<[string, SubmissionState | null, Date | null, Date, SubmissionStatus]>([
    ['nothing stored, before the deadline', null, null, before, 'pending'],
    ['nothing stored, after the deadline', null, null, after, 'missing'],
    ['a draft does not count as sent', 'draft', null, after, 'missing'],
    ['sent on time', 'submitted', before, after, 'onTime'],
    ['sent late', 'submitted', after, after, 'late'],
    ['accepted keeps its first sending time', 'accepted', before, after, 'onTime'],
    ['returned counts as not sent until sent again', 'returned', before, after, 'missing'],
    ['returned, deadline not yet passed', 'returned', before, before, 'pending'],
  ])('%s', (_, status, submittedAt, now, expected) => {
    const submission = status === null ? null : { status, submittedAt, acceptedAt: null };
    expect(timelinessOf(submission, due, now)).toBe(expected);
  });
});

describe('owedReports', () => {
  const periods: OwedPeriod[] = [
    { id: 'june', regimeId: 'div', unitIds: null, dueAt: due },
    { id: 'adhoc', regimeId: 'div', unitIds: ['A1'], dueAt: due },
    { id: 'orphan', regimeId: 'unknown', unitIds: null, dueAt: due },
  ];
  const regimes = new Map([['div', divisions]]);
  const fact = (periodId: string, unitId: string, status: SubmissionState, at: Date): SubmissionFact => ({
    id: `${periodId}-${unitId}`,
    periodId,
    unitId,
    status,
    submittedAt: at,
    acceptedAt: status === 'accepted' ? at : null,
  });

  it.each<[string, SubmissionFact[], Date, [string, string, SubmissionStatus, string][]]>([
    [
      'nothing sent, deadline passed: every owed report is missing',
      [],
      after,
      [
        ['june', 'A', 'missing', 'missing'],
        ['june', 'B', 'missing', 'missing'],
        ['adhoc', 'A1', 'missing', 'missing'],
      ],
    ],
    [
      'a draft before the deadline shows as a draft on the board',
      [fact('june', 'A', 'draft', before)],
      before,
      [
        ['june', 'A', 'pending', 'draft'],
        ['june', 'B', 'pending', 'pending'],
        ['adhoc', 'A1', 'pending', 'pending'],
      ],
    ],
    [
      'accepted and returned reports show their workflow state',
      [
        fact('june', 'A', 'accepted', before),
        fact('june', 'B', 'returned', before),
        fact('adhoc', 'A1', 'submitted', after),
      ],
      after,
      [
        ['june', 'A', 'onTime', 'accepted'],
        ['june', 'B', 'missing', 'returned'],
        ['adhoc', 'A1', 'late', 'late'],
      ],
    ],
    [
      'a submission of a unit that owes nothing is not counted',
      [fact('june', 'C', 'submitted', before)],
      after,
      [
        ['june', 'A', 'missing', 'missing'],
        ['june', 'B', 'missing', 'missing'],
        ['adhoc', 'A1', 'missing', 'missing'],
      ],
    ],
  ])('%s', (_, submissions, now, expected) => {
    const owed = owedReports(periods, regimes, units, submissions, now);
    expect(owed.map((o) => [o.periodId, o.unitId, o.timeliness, o.cell])).toEqual(expected);
    for (const o of owed) {
      expect(o.regimeId).toBe('div');
      expect(o.submission?.id ?? null).toBe(
        submissions.find((s) => s.id === `${o.periodId}-${o.unitId}`)?.id ?? null,
      );
    }
  });
});
