import { timeframeSchema } from '../../domain/timeframe/schema.js';
import { parseStored } from '../common/stored.js';
import type { Kysely } from 'kysely';
import type { WorkingCalendar } from '../../domain/calendar/index.js';
import { occurrencesOf } from '../../domain/tracking/index.js';
import type { Database } from '../db/schema.js';
import { type OccurrenceRow, OccurrenceRepository, type OccurrenceWrite } from './occurrences.repository.js';

export interface SyncSummary {
  added: number;
  rescheduled: number;
  removed: number;
  /** Occurrences the plan no longer produces but that carry progress, so they were kept. */
  kept: number;
}

/**
 * Brings a plan's stored occurrences in line with its items' timeframes: new ones are added,
 * moved ones get their new dates, and ones the plan no longer produces are removed unless someone
 * has already reported on them. Triggered occurrences come from recorded events, not from the
 * timeframe, and are left alone. Runs inside the caller's transaction.
 */
export class OccurrenceSync {
  private readonly repository = new OccurrenceRepository();

  async syncPlan(
    trx: Kysely<Database>,
    plan: { id: string; year: number },
    calendar: WorkingCalendar,
  ): Promise<SyncSummary> {
    const items = await this.repository.taskItems(trx, plan.id);
    const stored = new Map<string, OccurrenceRow>();
    for (const row of await this.repository.ofPlan(trx, plan.id))
      stored.set(`${row.planItemId}|${row.key}`, row);

    const toInsert: OccurrenceWrite[] = [];
    const seen = new Set<string>();
    let rescheduled = 0;
    for (const item of items) {
      const generated = occurrencesOf(parseStored(timeframeSchema, item.timeframe, 'thời gian thực hiện'), {
        planYear: plan.year,
        // Continuous work is reported on monthly, the most frequent regime that asks for results.
        reportingFrequency: 'monthly',
      });
      for (const occurrence of generated) {
        const id = `${item.id}|${occurrence.key}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const write: OccurrenceWrite = {
          planItemId: item.id,
          planId: plan.id,
          key: occurrence.key,
          periodCode: occurrence.periodCode,
          dueDate: occurrence.dueDate,
          deadline: occurrence.dueDate === null ? null : calendar.nextWorkingDayOnOrAfter(occurrence.dueDate),
          label: occurrence.label,
          source: occurrence.source,
        };
        const existing = stored.get(id);
        // An approved extension keeps its date when the plan is re-imported.
        if (existing?.extendedTo) write.deadline = calendar.nextWorkingDayOnOrAfter(existing.extendedTo);
        if (!existing) toInsert.push(write);
        else if (
          existing.dueDate !== write.dueDate ||
          existing.deadline !== write.deadline ||
          existing.periodCode !== write.periodCode ||
          existing.label !== write.label
        ) {
          await this.repository.reschedule(trx, existing.id, write);
          rescheduled += 1;
        }
      }
    }
    await this.repository.insertMany(trx, toInsert);

    const vanished = [...stored.entries()]
      .filter(([id, row]) => !seen.has(id) && row.source !== 'triggered')
      .map(([, row]) => row);
    const touched = await this.repository.withHistory(
      trx,
      vanished.map((row) => row.id),
    );
    const removable = vanished.filter((row) => row.status === 'notStarted' && !touched.has(row.id));
    await this.repository.deleteMany(
      trx,
      removable.map((row) => row.id),
    );
    return {
      added: toInsert.length,
      rescheduled,
      removed: removable.length,
      kept: vanished.length - removable.length,
    };
  }
}
