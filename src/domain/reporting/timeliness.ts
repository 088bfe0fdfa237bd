/**
 * Whether units reported, and on time, counted the way DHIS2 counts data-set reporting: every
 * (unit, period) the regime expects is one expected report, whatever its state.
 */
import { ReportingError } from './errors.js';

export type SubmissionStatus = 'onTime' | 'late' | 'missing' | 'pending';

/** An ISO 8601 date-time with an explicit offset, or a Date. */
export type Instant = string | Date;

export interface SubmissionFacts {
  /** When the unit sent the version that counts; null if it has not sent one. */
  submittedAt: Instant | null;
  /** When the receiving unit accepted it; only read when `submittedAt` is missing. */
  acceptedAt: Instant | null;
  dueAt: Instant;
  now: Instant;
}

// Without an offset, Date.parse would read the host's local time and the answer would move with the server.
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Whole seconds since the epoch: a deadline of hh:mm:59 covers all of its last second. */
function seconds(value: Instant, what: string): number {
  const ms =
    typeof value === 'string' ? (WITH_OFFSET.test(value) ? Date.parse(value) : NaN) : value.getTime();
  if (Number.isNaN(ms))
    throw new ReportingError('invalidInstant', `${what} is not a date-time with an offset: ${String(value)}`);
  return Math.floor(ms / 1000);
}

/**
 * Timeliness is judged on sending: Nghị định 09 sets a "thời hạn gửi báo cáo", a sending deadline,
 * and a receiver's slow review must not make a unit late. `acceptedAt` stands in for the sending
 * time only when none was recorded, as for a paper report entered by the receiver later (§1.5).
 */
export function submissionStatus({ submittedAt, acceptedAt, dueAt, now }: SubmissionFacts): SubmissionStatus {
  const due = seconds(dueAt, 'dueAt');
  const sent = submittedAt ?? acceptedAt;
  if (sent !== null)
    return seconds(sent, submittedAt === null ? 'acceptedAt' : 'submittedAt') <= due ? 'onTime' : 'late';
  return seconds(now, 'now') <= due ? 'pending' : 'missing';
}

export interface ReportingRates {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  /** submitted / expected × 100, one decimal; null when nothing is expected. */
  reportingRate: number | null;
  /** onTime / expected × 100, one decimal; null when nothing is expected. */
  onTimeRate: number | null;
}

function percent(part: number, whole: number): number | null {
  // Integer arithmetic before the one division keeps 2/3 at 66.7 rather than 66.66666666666667.
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}

/**
 * Pending reports count as expected, as in DHIS2: a period still open shows the share received so
 * far rather than 100% of the few that came in early.
 */
export function reportingRates(rows: readonly { status: SubmissionStatus }[]): ReportingRates {
  const count = (status: SubmissionStatus): number => rows.filter((row) => row.status === status).length;
  return withRates(count('onTime'), count('late'), count('missing'), count('pending'));
}

function withRates(onTime: number, late: number, missing: number, pending: number): ReportingRates {
  const expected = onTime + late + missing + pending;
  const submitted = onTime + late;
  return {
    expected,
    submitted,
    onTime,
    late,
    missing,
    pending,
    reportingRate: percent(submitted, expected),
    onTimeRate: percent(onTime, expected),
  };
}

/** Rates of several groups taken together, recomputed from the counts rather than averaged. */
export function addRates(groups: readonly ReportingRates[]): ReportingRates {
  const sum = (key: 'onTime' | 'late' | 'missing' | 'pending'): number =>
    groups.reduce((total, group) => total + group[key], 0);
  return withRates(sum('onTime'), sum('late'), sum('missing'), sum('pending'));
}

export interface RollupUnit {
  id: string;
  name: string;
  children?: readonly RollupUnit[];
}

export interface UnitRef {
  id: string;
  name: string;
}

export interface RollupNode {
  unitId: string;
  name: string;
  /** The unit's own reports. */
  own: ReportingRates;
  /** The unit's own reports and those of every unit below it. */
  total: ReportingRates;
  /** Direct children with at least one report expected of them. */
  childrenExpected: number;
  /** Of those, the ones that have sent every report expected of them. */
  childrenReported: number;
  /** Direct children with a report past its deadline and not sent, by name for the follow-up call. */
  missingChildren: UnitRef[];
  children: RollupNode[];
}

type Rows = readonly { status: SubmissionStatus }[];

/**
 * Rates at every level of the tree, so a ministry sees "58/63 sở đã báo cáo" and the five that
 * have not. Rows of units outside the tree are ignored.
 */
export function rollup(tree: RollupUnit, rowsByUnit: ReadonlyMap<string, Rows>): RollupNode {
  const build = (unit: RollupUnit, ancestors: ReadonlySet<string>): RollupNode => {
    // Trees come from stored parent links; a cycle must not recurse forever.
    if (ancestors.has(unit.id))
      throw new ReportingError('invalidArgument', `Unit ${unit.id} is its own ancestor`);
    const path = new Set(ancestors).add(unit.id);
    const children = (unit.children ?? []).map((child) => build(child, path));
    const own = reportingRates(rowsByUnit.get(unit.id) ?? []);
    const expected = children.filter((c) => c.own.expected > 0);
    return {
      unitId: unit.id,
      name: unit.name,
      own,
      total: addRates([own, ...children.map((c) => c.total)]),
      childrenExpected: expected.length,
      childrenReported: expected.filter((c) => c.own.submitted === c.own.expected).length,
      missingChildren: children.filter((c) => c.own.missing > 0).map((c) => ({ id: c.unitId, name: c.name })),
      children,
    };
  };
  return build(tree, new Set());
}
