import { type Kysely, sql } from 'kysely';
import type { Actor } from '../src/domain/access/permissions.js';
import type { Database } from '../src/server/db/schema.js';

export interface StatsBenchData {
  planId: string;
  unitIds: string[];
  /** A unit head of the first unit, named as assignee on some tasks: the inbox is read as them. */
  actor: Actor;
}

/**
 * A large organisation's year, written in a handful of `insert … select generate_series`
 * statements rather than one round trip per row: `tasks` task items in one active plan, each with
 * one occurrence, led by `units` units (every seventh also coordinated by the next unit), spread
 * over `domains` domains. Deadlines fall through 2024; statuses are mixed so that every statistic
 * and inbox section has something to count: done on time and late, overdue, open, paused,
 * cancelled, continuous (no deadline) and monthly work with and without a progress update.
 */
export async function seedStatsBench(
  db: Kysely<Database>,
  {
    tasks,
    units,
    domains,
    departments = 0,
  }: {
    tasks: number;
    units: number;
    domains: number;
    /** Provincial departments between the root and the divisions (national scale: 63); 0 for a flat tree. */
    departments?: number;
  },
): Promise<StatsBenchData> {
  const root = await db
    .insertInto('org_units')
    .values({ code: 'BENCH', name: 'Sở thử tải', kind: 'provincialDepartment', aliases: '[]' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const parents =
    departments === 0
      ? [root]
      : await db
          .insertInto('org_units')
          .values(
            Array.from({ length: departments }, (_, k) => ({
              parent_id: root.id,
              code: `BENCHSO-${String(k).padStart(2, '0')}`,
              name: `Sở thử tải ${k + 1}`,
              kind: 'provincialDepartment',
              aliases: '[]',
              sort_order: k,
            })),
          )
          .returning('id')
          .execute();
  const divisions = await db
    .insertInto('org_units')
    .values(
      Array.from({ length: units }, (_, k) => ({
        parent_id: (parents[k % parents.length] ?? root).id,
        code: `BENCH-${String(k).padStart(2, '0')}`,
        name: `Phòng ${k + 1}`,
        kind: 'division',
        aliases: '[]',
        sort_order: k,
      })),
    )
    .returning(['id', 'sort_order'])
    .execute();
  const unitIds = divisions.sort((a, b) => a.sort_order - b.sort_order).map((d) => d.id);
  const firstUnit = unitIds[0] ?? root.id;
  const user = await db
    .insertInto('users')
    .values({
      username: 'bench-head',
      full_name: 'Trưởng phòng thử tải',
      org_unit_id: firstUnit,
      roles: '["unitHead"]',
      // Never signs in: the bench calls the services directly.
      password_hash: '!',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const plan = await db
    .insertInto('plans')
    .values({ title: 'Kế hoạch thử tải', year: 2024, legal_bases: '[]', sections: '[]' })
    .returning('id')
    .executeTakeFirstOrThrow();

  await sql`
    insert into plan_items (plan_id, position, kind, part, domain, content, timeframe, timeframe_kind)
    select ${plan.id}::uuid, g, 'task', 'Nhiệm vụ', 'Lĩnh vực ' || (g % ${domains} + 1),
      'Nhiệm vụ thử tải số ' || g,
      case when g % 50 = 1 then '{"kind":"continuous","raw":"Thường xuyên","dueDates":[]}'::jsonb
        else jsonb_build_object('kind', 'deadline', 'raw', 'Trước ngày ' || to_char(d, 'FMDD/FMMM/YYYY'),
          'dueDates', jsonb_build_array(d), 'deadlines', jsonb_build_array(jsonb_build_object('date', d)),
          'everyYear', false) end,
      case when g % 50 = 1 then 'continuous' else 'deadline' end
    from (select g, date '2024-01-01' + (g * 7919 % 366) as d from generate_series(0, ${tasks - 1}) g) s`.execute(
    db,
  );
  await sql`
    with unit as (
      select id, name, row_number() over (order by sort_order) - 1 as k
      from org_units where code like 'BENCH-%')
    insert into plan_item_units (plan_item_id, org_unit_id, role, raw_text)
    select i.id, u.id, 'lead', u.name from plan_items i join unit u on u.k = i.position % ${units}
    where i.plan_id = ${plan.id}::uuid
    union all
    select i.id, u.id, 'coordinator', u.name from plan_items i join unit u on u.k = (i.position + 1) % ${units}
    where i.plan_id = ${plan.id}::uuid and i.position % 7 = 0`.execute(db);
  // One in fifty is continuous (no deadline), one in twenty monthly. Statuses go as in a real
  // year read on 10/7: most work past its deadline is done (a sixth of it late), one in ten is
  // overdue; later work is mostly open, a little done early; one in twenty is cancelled.
  await sql`
    insert into task_occurrences (plan_item_id, plan_id, key, period_code, due_date, deadline, label,
      source, status, progress, completed_on)
    select id, plan_id, 'once', period_code, deadline, deadline, 'Thử tải', source, status,
      case status when 'done' then 100 when 'inProgress' then 40 when 'paused' then 40 else 0 end,
      case when status = 'done' then
        case when deadline is null then date '2024-01-31'
             when deadline < date '2024-07-10' then deadline + (m - 13)
             else date '2024-07-01' - m end
      end
    from (
      select *,
        case when deadline is null then case when m < 2 then 'done' else 'inProgress' end
             when deadline < date '2024-07-10' then
               case when m < 17 then 'done' when m = 17 then 'paused' when m = 18 then 'inProgress'
                    else 'cancelled' end
             else case when m < 2 then 'done' when m < 6 then 'inProgress' when m = 19 then 'cancelled'
                       else 'notStarted' end
        end as status
      from (
        select i.id, i.plan_id, i.position % 20 as m,
          case when i.position % 50 = 1 then null
               else date '2024-01-01' + (i.position * 7919 % 366) end as deadline,
          case when i.position % 50 = 1 then 'continuous' when i.position % 20 = 15 then 'recurring'
               else 'deadline' end as source,
          case when i.position % 50 = 1 then to_char(date '2024-01-01' + (i.position % 12) * 31, 'YYYY-MM')
               when i.position % 20 = 15 then to_char(date '2024-01-01' + (i.position * 7919 % 366), 'YYYY-MM')
          end as period_code
        from plan_items i where i.plan_id = ${plan.id}::uuid) base) s`.execute(db);
  await sql`
    insert into task_updates (plan_item_id, occurrence_id, kind, progress, note)
    select o.plan_item_id, o.id, 'progress', 40, 'Cập nhật thử tải'
    from task_occurrences o join plan_items i on i.id = o.plan_item_id
    where o.plan_id = ${plan.id}::uuid and i.position % 40 = 15`.execute(db);
  await sql`
    insert into task_people (plan_item_id, user_id, role)
    select id, ${user.id}::uuid, 'assignee' from plan_items
    where plan_id = ${plan.id}::uuid and position % 100 = 5`.execute(db);
  // As autovacuum would leave the tables: statistics gathered and the visibility map set.
  await sql`vacuum analyze`.execute(db);
  return {
    planId: plan.id,
    unitIds,
    actor: { userId: user.id, username: 'bench-head', roles: ['unitHead'], orgUnitId: firstUnit },
  };
}
