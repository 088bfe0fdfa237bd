import { timeframeSchema } from '../../domain/timeframe/schema.js';
import { type Stored, parseStored } from '../common/stored.js';
import {
  type IsoDate,
  PERIOD_KINDS,
  type WorkingCalendar,
  periodContaining,
} from '../../domain/calendar/index.js';
import { type Timeframe, describeTimeframe } from '../../domain/timeframe/index.js';
import { timeliness } from '../../domain/tracking/index.js';
import type { OccurrenceFields, TaskUnitRow } from './tasks.repository.js';
import type { TaskRow, TaskSourcing } from './tasks.schemas.js';

// Turning stored rows into what the API returns. Timeliness is worked out here, on every read,
// from the dates and the calendar in force: it is never stored.

export interface Clock {
  today: IsoDate;
  calendar: WorkingCalendar;
}

const OPEN = (status: string) => status !== 'done' && status !== 'cancelled';

/** The codes of every report period holding `today` (week, month, quarter, half, 9 months, year). */
export function currentPeriodCodes(today: IsoDate): string[] {
  return PERIOD_KINDS.flatMap((kind) => periodContaining(kind, today)?.code ?? []);
}

const compare = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');

/**
 * The occurrence a task is "at": the earliest open one with a deadline; else the open continuous
 * one of the current period; else the latest. Mirrors the ordering of the task list query.
 */
export function pickCurrent<T extends Pick<OccurrenceFields, 'status' | 'deadline' | 'period_code' | 'key'>>(
  occurrences: readonly T[],
  periodCodes: readonly string[],
): T | null {
  const dated = occurrences
    .filter((o) => OPEN(o.status) && o.deadline !== null)
    .sort((a, b) => compare(a.deadline, b.deadline));
  if (dated[0]) return dated[0];
  const inPeriod = occurrences.find(
    (o) => OPEN(o.status) && o.period_code !== null && periodCodes.includes(o.period_code),
  );
  if (inPeriod) return inPeriod;
  const latest = [...occurrences].sort(
    (a, b) =>
      (a.deadline === null ? 1 : 0) - (b.deadline === null ? 1 : 0) ||
      compare(b.deadline, a.deadline) ||
      (a.period_code === null ? 1 : 0) - (b.period_code === null ? 1 : 0) ||
      compare(b.period_code, a.period_code) ||
      compare(b.key, a.key),
  );
  return latest[0] ?? null;
}

export function occurrenceView(o: OccurrenceFields, clock: Clock) {
  return {
    id: o.id,
    key: o.key,
    label: o.label,
    periodCode: o.period_code,
    dueDate: o.due_date,
    deadline: o.deadline,
    status: o.status,
    progress: o.progress,
    completedOn: o.completed_on,
    cancelReason: o.cancel_reason,
    timeliness: timeliness(
      {
        dueDate: o.deadline ?? o.due_date,
        completedOn: o.completed_on,
        status: o.status,
        today: clock.today,
      },
      { calendar: clock.calendar },
    ),
    version: o.version,
    source: o.source,
  };
}
export type OccurrenceView = ReturnType<typeof occurrenceView>;

export function currentView(o: OccurrenceView | null): TaskRow['current'] {
  if (!o) return null;
  const { id, label, status, progress, dueDate, deadline, completedOn, timeliness: t, version } = o;
  return { id, label, status, progress, dueDate, deadline, completedOn, timeliness: t, version };
}

export function unitRef(u: Pick<TaskUnitRow, 'org_unit_id' | 'name' | 'short_name'>) {
  return { id: u.org_unit_id, name: u.name, shortName: u.short_name };
}

export function timeframeLabel(timeframe: Stored<Timeframe>): string {
  return describeTimeframe(parseStored(timeframeSchema, timeframe, 'thời gian thực hiện'));
}

export function groupUnits(rows: readonly TaskUnitRow[]): Map<string, TaskUnitRow[]> {
  const byItem = new Map<string, TaskUnitRow[]>();
  for (const row of rows) byItem.set(row.plan_item_id, [...(byItem.get(row.plan_item_id) ?? []), row]);
  return byItem;
}

export interface ListRow {
  id: string;
  plan_id: string;
  plan_number: string | null;
  plan_title: string;
  ordinal: string | null;
  sub_ordinal: number | null;
  domain: string | null;
  content: string;
  output: string | null;
  timeframe: Stored<Timeframe>;
  timeframe_kind: string;
  occ_id: string | null;
  occ_label: string | null;
  occ_status: OccurrenceFields['status'] | null;
  occ_progress: number | null;
  occ_due_date: string | null;
  occ_deadline: string | null;
  occ_completed_on: string | null;
  occ_version: number | null;
  occ_total: string | number | bigint | null;
  occ_done: string | number | bigint | null;
}

export function taskRowView(
  row: ListRow,
  units: readonly TaskUnitRow[],
  sourcing: TaskSourcing,
  clock: Clock,
): TaskRow {
  const current =
    row.occ_id === null || row.occ_status === null
      ? null
      : occurrenceView(
          {
            id: row.occ_id,
            plan_item_id: row.id,
            key: '',
            label: row.occ_label ?? '',
            period_code: null,
            due_date: row.occ_due_date,
            deadline: row.occ_deadline,
            status: row.occ_status,
            progress: row.occ_progress ?? 0,
            completed_on: row.occ_completed_on,
            cancel_reason: null,
            version: row.occ_version ?? 1,
            source: '',
          },
          clock,
        );
  return {
    id: row.id,
    planId: row.plan_id,
    plan: { number: row.plan_number, title: row.plan_title },
    ordinal: row.ordinal,
    subOrdinal: row.sub_ordinal,
    domain: row.domain,
    content: row.content,
    output: row.output,
    leadUnits: units.filter((u) => u.role === 'lead').map(unitRef),
    coordinatorUnits: units
      .filter((u) => u.role === 'coordinator')
      .map((u) => ({ ...unitRef(u), partStatus: u.part_status })),
    timeframe: timeframeLabel(row.timeframe),
    timeframeKind: row.timeframe_kind,
    current: currentView(current),
    occurrenceCounts: { done: Number(row.occ_done ?? 0), total: Number(row.occ_total ?? 0) },
    sourcing,
  };
}
