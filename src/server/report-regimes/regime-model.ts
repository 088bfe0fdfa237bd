import {
  type DeadlineRule,
  type RegimeFrequency,
  type RegimeScope,
  type ReportRegime,
} from '../../domain/reporting/index.js';
import {
  cutOffRuleSchema,
  deadlineRuleSchema,
  outlineSchema,
  regimeSourceSchema,
  reportingUnitsSchema,
} from '../../domain/reporting/schema.js';
import { parseStored } from '../common/stored.js';
import type { RegimeRow } from './report-regimes.repository.js';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** `2024-06-15T23:59:59+07:00`: deadlines are read in Vietnam time whatever the server's zone. */
export function vietnamInstant(at: Date): string {
  return `${new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** The stored row as the domain's regime; JSON columns are parsed with the domain's schemas. */
export function toRegime(row: RegimeRow): ReportRegime {
  return {
    id: row.id,
    name: row.name,
    content: row.content,
    scope: row.scope as RegimeScope,
    reportingUnits: parseStored(reportingUnitsSchema, row.reporting_units, 'đơn vị báo cáo của chế độ'),
    receivingUnitId: row.receiving_unit_id,
    frequency: row.frequency as RegimeFrequency,
    ...(row.period_indexes === null ? {} : { periodIndexes: row.period_indexes }),
    cutOffRule: parseStored(cutOffRuleSchema, row.cut_off_rule, 'thời gian chốt số liệu'),
    deadlineRule: parseStored(deadlineRuleSchema, row.deadline_rule, 'thời hạn gửi báo cáo'),
    outline: parseStored(outlineSchema, row.outline, 'đề cương báo cáo'),
    dataForm: row.data_form,
    instructions: row.instructions,
    sendingMethods: row.sending_methods,
    ...(row.source === null
      ? {}
      : { source: parseStored(regimeSourceSchema, row.source, 'câu trích kế hoạch của chế độ') }),
  };
}

/** The regime year implied by an ad hoc deadline (`2024-08-20T17:00`), for creating one without a year. */
export function yearOfDeadline(rule: DeadlineRule): number | null {
  return rule.kind === 'explicit' ? Number(rule.at.slice(0, 4)) : null;
}
