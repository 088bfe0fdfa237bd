import type { Kysely } from 'kysely';
import { TASK_PRIORITY_LABELS, TASK_SOURCE_KIND_LABELS } from '../../domain/directives/kinds.js';
import type { Database } from '../db/schema.js';
import type { TaskSourcing } from './tasks.schemas.js';

/**
 * Where each task comes from and who answers for it: its source document and item number, the
 * leader in charge, the focal person, the priority and its deadline extensions. Read for a page of
 * tasks at once (list, export) or one (detail).
 */
export class TaskSourcingRepository {
  async of(db: Kysely<Database>, itemIds: readonly string[]): Promise<Map<string, TaskSourcing>> {
    const out = new Map<string, TaskSourcing>();
    if (itemIds.length === 0) return out;
    const [rows, extensions] = await Promise.all([
      db
        .selectFrom('plan_items as pi')
        .innerJoin('plans as p', 'p.id', 'pi.plan_id')
        .leftJoin('users as l', 'l.id', 'pi.leader_id')
        .leftJoin('users as f', 'f.id', 'pi.focal_person_id')
        .select([
          'pi.id',
          'pi.ordinal',
          'pi.sub_label',
          'pi.priority',
          'pi.assigned_by',
          'p.created_by',
          'p.source_kind',
          'p.doc_type',
          'p.number',
          'p.issued_on',
          'p.agency',
          'p.title',
          'l.id as leader_id',
          'l.full_name as leader_name',
          'f.id as focal_id',
          'f.full_name as focal_name',
        ])
        .where('pi.id', 'in', itemIds)
        .execute(),
      db
        .selectFrom('task_extensions')
        .select(['plan_item_id', 'status', 'previous_deadline', 'approved_date', 'decided_by_name'])
        .where('plan_item_id', 'in', itemIds)
        .orderBy('created_at')
        .execute(),
    ]);
    for (const r of rows) {
      const mine = extensions.filter((e) => e.plan_item_id === r.id);
      const approved = mine.filter((e) => e.status === 'approved');
      const kind = r.source_kind;
      const priority = r.priority;
      out.set(r.id, {
        source: {
          kind,
          kindLabel: TASK_SOURCE_KIND_LABELS[kind],
          number: r.number,
          date: r.issued_on,
          issuer: r.agency,
          title: r.title,
          itemNumber: r.ordinal === null ? null : r.sub_label ? `${r.ordinal}.${r.sub_label}` : r.ordinal,
        },
        leader: r.leader_id === null ? null : { id: r.leader_id, name: r.leader_name ?? '' },
        focalPerson: r.focal_id === null ? null : { id: r.focal_id, name: r.focal_name ?? '' },
        priority,
        priorityLabel: TASK_PRIORITY_LABELS[priority],
        // Who gave the task: recorded on it, else who recorded its document (the plan's importer).
        assignedBy: r.assigned_by ?? r.created_by,
        extensions: {
          count: approved.length,
          previousDeadlines: approved.map((e) => e.previous_deadline),
          approvedBy: approved.map((e) => e.decided_by_name ?? ''),
          pending: mine.some((e) => e.status === 'pending'),
        },
      });
    }
    return out;
  }
}
