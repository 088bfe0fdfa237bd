import type { Kysely } from 'kysely';
import { canReadPlan } from '../../domain/access/plan-access.js';
import { ancestorChain } from '../../domain/org/tree.js';
import { requireActor, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { PlanRepository } from './plans.repository.js';

/** Loads what the plan read rule needs (each plan's units, the tree) and applies it. */
export class PlanReadAccess {
  private readonly repository = new PlanRepository();

  /** The plans among `planIds` (all plans when omitted) the caller may read; null: every plan. */
  async readable(
    db: Kysely<Database>,
    ctx: RequestContext,
    planIds?: readonly string[],
  ): Promise<Set<string> | null> {
    if (ctx.system) return null;
    const actor = requireActor(ctx);
    if (actor.roles.includes('admin')) return null;
    const [links, tree] = await Promise.all([
      this.repository.planUnitLinks(db, planIds),
      this.repository.unitParents(db),
    ]);
    const unitsByPlan = new Map<string, string[]>();
    for (const link of links)
      unitsByPlan.set(link.plan_id, [...(unitsByPlan.get(link.plan_id) ?? []), link.org_unit_id]);
    const actorChain = ancestorChain(tree, actor.orgUnitId);
    const out = new Set<string>();
    for (const [planId, unitIds] of unitsByPlan) {
      if (canReadPlan(actor, actorChain, { unitChains: unitIds.map((id) => ancestorChain(tree, id)) }))
        out.add(planId);
    }
    return out;
  }

  /** Refuses with a 404, as for a plan that does not exist: other agencies' plans are not disclosed. */
  async requireReadable(db: Kysely<Database>, ctx: RequestContext, planId: string): Promise<void> {
    const readable = await this.readable(db, ctx, [planId]);
    if (readable && !readable.has(planId)) throw AppError.notFound('kế hoạch');
  }
}
