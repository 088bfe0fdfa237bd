import {
  type CutOffRule,
  type DeadlineRule,
  type OutlineSection,
  type RegimeFrequency,
  type RegimeScope,
  type ReportRegime,
  type ReportingUnits,
} from '../../domain/reporting/index.js';
import type { RegimeRow } from './report-regimes.repository.js';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** `2024-06-15T23:59:59+07:00`: deadlines are read in Vietnam time whatever the server's zone. */
export function vietnamInstant(at: Date): string {
  return `${new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** The stored row as the domain's regime; JSON columns are trusted as written by this module. */
export function toRegime(row: RegimeRow): ReportRegime {
  return {
    id: row.id,
    name: row.name,
    content: row.content,
    scope: row.scope as RegimeScope,
    reportingUnits: row.reporting_units as ReportingUnits,
    receivingUnitId: row.receiving_unit_id,
    frequency: row.frequency as RegimeFrequency,
    ...(row.period_indexes === null ? {} : { periodIndexes: row.period_indexes }),
    cutOffRule: row.cut_off_rule as CutOffRule,
    deadlineRule: row.deadline_rule as DeadlineRule,
    outline: row.outline as OutlineSection[],
    dataForm: row.data_form,
    instructions: row.instructions,
    sendingMethods: row.sending_methods,
    ...(row.source === null ? {} : { source: row.source as { text: string; recipient: string | null } }),
  };
}

/** The regime year implied by an ad hoc deadline (`2024-08-20T17:00`), for creating one without a year. */
export function yearOfDeadline(rule: DeadlineRule): number | null {
  return rule.kind === 'explicit' ? Number(rule.at.slice(0, 4)) : null;
}
