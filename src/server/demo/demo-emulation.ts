import { systemContext } from '../common/context.js';
import type { Services } from '../services.js';
import { DEMO_PLAN_NUMBER } from './demo-plan.js';

const ctx = systemContext('demo-seed');

/** Who carries out the sample division's tasks: the year-end emulation run scores people on them. */
const ASSIGNEES: Readonly<Record<string, readonly string[]>> = {
  'CNTT-BCVT': ['chuyenvien', 'truongphong'],
  KHTC: ['tonghop'],
};

/**
 * Gives the sample plan's tasks their assignees (task_people), alternating between the division's
 * people, so that person scores have material. Tasks already assigned are left alone (a re-run or an
 * admin's own assignment keeps its people).
 */
export async function seedDemoAssignees(
  services: Services,
  unitIds: ReadonlyMap<string, string>,
  year: number,
): Promise<void> {
  const sample = (await services.plans.list(ctx)).find(
    (p) => p.isSample && p.year === year && p.number === DEMO_PLAN_NUMBER,
  );
  if (!sample) return;
  const users = await services.users.list(ctx);
  const { items } = await services.tasks.planItems(ctx, sample.id, 'task');
  for (const [code, usernames] of Object.entries(ASSIGNEES)) {
    const unitId = unitIds.get(code);
    const people = usernames.flatMap((name) => users.filter((u) => u.username === name).map((u) => u.id));
    if (!unitId || people.length === 0) continue;
    const led = items.filter((i) => i.leadUnits.some((u) => u.id === unitId));
    for (const [n, item] of led.entries()) {
      const detail = await services.tasks.detail(ctx, item.id);
      if (detail.people.assignees.length > 0) continue;
      const assignee = people[n % people.length];
      if (assignee) await services.tasks.setPeople(ctx, item.id, { assignees: [assignee], watchers: [] });
    }
  }
}
