import type { Kysely } from 'kysely';
import { parseTarget } from '../../src/domain/targets/index.js';
import { normalizeTimeframe } from '../../src/domain/timeframe/index.js';
import type { Database } from '../../src/server/db/schema.js';
import type { Services } from '../../src/server/services.js';
import { OccurrenceSync } from '../../src/server/tasks/occurrence-sync.js';
import { itemSearchText } from '../../src/domain/text/search-text.js';

let sequence = 0;

export interface PlanBuilder {
  id: string;
  year: number;
  /** Adds a task and generates its occurrences; returns the plan item id. */
  task(overrides: TaskOverrides): Promise<string>;
  indicator(overrides: IndicatorOverrides): Promise<string>;
}

export interface TaskOverrides {
  lead: string;
  coordinators?: string[];
  /** As the plan writes it: "Quý II", "Hằng tháng", "Thường xuyên", "Theo sự kiện", "trước ngày 30/6". */
  timeframe: string;
  content?: string;
  domain?: string;
  output?: string;
}

export interface IndicatorOverrides {
  lead: string;
  coordinators?: string[];
  /** As the plan writes it: "Tỷ lệ … đạt 75%". */
  content: string;
  timeframe?: string;
  domain?: string;
}

/**
 * A plan stored directly, row by row, for tests that need exact timeframes and units without going
 * through a document. Occurrences are generated with the same sync a real import uses.
 */
export async function aPlan(
  db: Kysely<Database>,
  services: Services,
  options: { year?: number; title?: string; status?: string } = {},
): Promise<PlanBuilder> {
  const n = ++sequence;
  const year = options.year ?? 2024;
  const plan = await db
    .insertInto('plans')
    .values({
      number: `${n}/KH-TEST`,
      title: options.title ?? `Kế hoạch thử ${n}`,
      year,
      legal_bases: '[]',
      sections: '[]',
      ...(options.status ? { status: options.status } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  let position = 0;
  const addItem = async (
    kind: 'task' | 'indicator',
    fields: {
      lead: string;
      coordinators?: string[];
      timeframe: string;
      content: string;
      domain?: string;
      output?: string;
    },
  ) => {
    const timeframe = normalizeTimeframe(fields.timeframe, { planYear: year });
    const target = kind === 'indicator' ? parseTarget(fields.content) : null;
    const item = await db
      .insertInto('plan_items')
      .values({
        plan_id: plan.id,
        position: position++,
        kind,
        part: kind === 'indicator' ? 'Chỉ tiêu' : 'Nhiệm vụ',
        domain: fields.domain ?? null,
        content: fields.content,
        output: fields.output ?? null,
        timeframe: JSON.stringify(timeframe),
        timeframe_kind: timeframe.kind,
        due_date: null,
        target: target ? JSON.stringify(target) : null,
        lead_raw: '[]',
        coordinators_raw: '[]',
        warnings: '[]',
        search_text: itemSearchText({
          domain: fields.domain ?? null,
          content: fields.content,
          output: fields.output ?? null,
        }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const links = [
      { org_unit_id: fields.lead, role: 'lead' as const },
      ...(fields.coordinators ?? []).map((id) => ({ org_unit_id: id, role: 'coordinator' as const })),
    ];
    await db
      .insertInto('plan_item_units')
      .values(links.map((l) => ({ ...l, plan_item_id: item.id, raw_text: l.org_unit_id })))
      .execute();
    await new OccurrenceSync().syncPlan(db, { id: plan.id, year }, await services.calendar.calendar());
    return item.id;
  };
  return {
    id: plan.id,
    year,
    task: (o) => addItem('task', { ...o, content: o.content ?? `Nhiệm vụ thử ${++sequence}` }),
    indicator: (o) => addItem('indicator', { ...o, timeframe: o.timeframe ?? 'Cả năm' }),
  };
}
