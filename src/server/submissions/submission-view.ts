import type { StoredFigure } from '../../domain/consolidation/schema.js';
import { outlineSchema } from '../../domain/reporting/schema.js';
import { parseStored } from '../common/stored.js';
import type { Kysely } from 'kysely';
import { compareIsoDates, vietnamDateAt } from '../../domain/calendar/index.js';
import { timelinessOf } from '../../domain/reporting/index.js';
import { AttachmentRepository } from '../attachments/attachments.repository.js';
import { attachmentView } from '../attachments/attachments.service.js';
import type { Database } from '../db/schema.js';
import { vietnamInstant } from '../report-regimes/regime-model.js';
import type { LoadedSubmission } from './submission-access.js';
import {
  type OccurrenceFact,
  SubmissionContextRepository,
  type TrackedValue,
} from './submission-context.repository.js';
import type { DataEntry, SubmissionView } from './submissions.schemas.js';

const context = new SubmissionContextRepository();
const files = new AttachmentRepository();

/** One figure of the data form as stored (domain/consolidation/schema.ts). */
export type StoredEntry = StoredFigure;

/** Whether a unit's reported figure for an indicator is written back to it on acceptance. */
export function writesBack(indicator: { leadUnitIds: readonly string[] }, unitId: string): boolean {
  // Only the lead unit answers for an indicator's figure; others' figures would overwrite each other.
  return indicator.leadUnitIds.includes(unitId);
}

function progressOf(
  occurrences: readonly OccurrenceFact[],
  evidence: Awaited<ReturnType<SubmissionContextRepository['latestEvidence']>>,
  today: string,
): SubmissionView['taskProgress'] {
  const evidenceFor = (o: OccurrenceFact) =>
    evidence.find((e) => e.occurrence_id === o.occurrenceId)?.evidence ??
    evidence.find((e) => e.plan_item_id === o.planItemId && e.occurrence_id === null)?.evidence ??
    null;
  const rows = occurrences.map((o) => ({
    occurrenceId: o.occurrenceId,
    planItemId: o.planItemId,
    content: o.content,
    domain: o.domain,
    label: o.label,
    dueDate: o.dueDate,
    deadline: o.deadline,
    status: o.status,
    progress: o.progress,
    completedOn: o.completedOn,
    evidence: o.status === 'done' ? evidenceFor(o) : null,
  }));
  const isOverdue = (o: (typeof rows)[number]) => {
    const due = o.deadline ?? o.dueDate;
    return o.status !== 'done' && due !== null && compareIsoDates(due, today) < 0;
  };
  return {
    done: rows.filter((o) => o.status === 'done'),
    overdue: rows.filter(isOverdue),
    inProgress: rows.filter((o) => o.status !== 'done' && !isOverdue(o)),
  };
}

const figures = (v: Pick<TrackedValue, 'value' | 'numerator' | 'denominator'>) => ({
  value: v.value,
  numerator: v.numerator,
  denominator: v.denominator,
});

/** The submission as the report screen shows it, with the unit's task progress and the data form. */
export async function submissionView(
  db: Kysely<Database>,
  loaded: LoadedSubmission,
  now: Date,
): Promise<SubmissionView> {
  const { row, period, regime, units, permissions } = loaded;
  const dataForm = regime.data_form;
  const [occurrences, indicators, tracked, attachments] = await Promise.all([
    context.leadOccurrences(db, row.org_unit_id, period.starts_on, period.ends_on),
    context.indicators(db, dataForm),
    context.trackedValues(db, dataForm, period.code),
    files.list(db, 'submission', [row.id]),
  ]);
  const evidence = await context.latestEvidence(db, [...new Set(occurrences.map((o) => o.planItemId))]);
  const data = row.data;
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    locked: row.locked,
    timeliness: timelinessOf(
      { status: row.status, submittedAt: row.submitted_at, acceptedAt: row.accepted_at },
      period.due_at,
      now,
    ),
    submittedAt: row.submitted_at ? vietnamInstant(row.submitted_at) : null,
    acceptedAt: row.accepted_at ? vietnamInstant(row.accepted_at) : null,
    updatedAt: vietnamInstant(row.updated_at),
    unit: units.ref(row.org_unit_id),
    period: {
      id: period.id,
      code: period.code,
      label: period.label,
      startsOn: period.starts_on,
      endsOn: period.ends_on,
      cutOff: { from: period.cut_off_from, to: period.cut_off_to },
      dueAt: vietnamInstant(period.due_at),
    },
    regime: {
      id: regime.id,
      name: regime.name,
      content: regime.content,
      instructions: regime.instructions,
      frequency: regime.frequency,
      receivingUnit: units.ref(regime.receiving_unit_id),
      outline: parseStored(outlineSchema, regime.outline, 'đề cương báo cáo'),
    },
    sections: row.sections,
    data: row.data,
    dataForm: dataForm.map((id) => {
      const indicator = indicators.find((i) => i.id === id);
      const value = tracked.find((t) => t.planItemId === id);
      const entry = data[id];
      return {
        indicatorId: id,
        content: indicator?.content ?? 'Chỉ tiêu đã bị xóa',
        reported: entry
          ? {
              value: entry.value ?? null,
              numerator: entry.numerator ?? null,
              denominator: entry.denominator ?? null,
              note: entry.note ?? null,
            }
          : null,
        tracked: value ? { ...figures(value), asOf: value.asOf, source: value.source } : null,
        writesBack: indicator ? writesBack(indicator, row.org_unit_id) : false,
      };
    }),
    taskProgress: progressOf(occurrences, evidence, vietnamDateAt(now)),
    // The report lists files without their hash; the response schema leaves it out.
    attachments: attachments.map(attachmentView),
    permissions: {
      canDraft: permissions.canDraft,
      canSubmit: permissions.canSubmit,
      canReview: permissions.canReview,
    },
  };
}

/** Merges a draft save into what is stored: given keys replace, an entry with no figures and no note is removed. */
export function mergeData(
  stored: Record<string, StoredEntry>,
  incoming: Record<string, DataEntry>,
): Record<string, StoredEntry> {
  const out = new Map(Object.entries(stored));
  for (const [id, entry] of Object.entries(incoming)) {
    const clean: StoredEntry = {};
    if (entry.value !== undefined && entry.value !== null) clean.value = entry.value;
    if (entry.numerator !== undefined && entry.numerator !== null) clean.numerator = entry.numerator;
    if (entry.denominator !== undefined && entry.denominator !== null) clean.denominator = entry.denominator;
    if (entry.note) clean.note = entry.note;
    if (Object.keys(clean).length === 0) out.delete(id);
    else out.set(id, clean);
  }
  return Object.fromEntries(out);
}
