import type { Kysely } from 'kysely';
import { type Actor, canActOnUnit, hasPermission } from '../../domain/access/permissions.js';
import { vietnamDateAt } from '../../domain/calendar/index.js';
import { ancestorChain } from '../../domain/org/tree.js';
import { foldVietnamese } from '../../domain/text/fold.js';
import { buildRule, keysOf, labelFor, parseKey, ruleView } from '../../domain/tracking/indicator-rules.js';
import type { AuditService } from '../audit/audit.service.js';
import { requireActor, requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { OrgUnitRepository } from '../org-units/org-units.repository.js';
import { IndicatorReader } from './indicator-reader.js';
import { IndicatorWriter, type RecordValueInput, type RecordedValue } from './indicator-writer.js';
import { toIndicatorsXlsx } from './indicators.export.js';
import { IndicatorRepository, type IndicatorItem } from './indicators.repository.js';
import type { AddRuleInput, ListQuery, PutTargetsInput, PutValueInput } from './indicators.schemas.js';

/** What a value typed in on the indicator's page is recorded as coming from. */
export const DIRECT_ENTRY_SOURCE = 'Nhập trực tiếp';

/**
 * Indicators (chỉ tiêu) of the plans: their targets, the values reported against them, Đạt / Chưa
 * đạt, the year-end forecast and the same indicator in other years. Indicators are facts of the
 * whole department, so everyone who reads tasks reads them; entering values is for the units that
 * lead or coordinate the indicator.
 */
export class IndicatorService {
  private readonly repository = new IndicatorRepository();
  private readonly units = new OrgUnitRepository();
  private readonly reader = new IndicatorReader(this.repository);
  private readonly writer: IndicatorWriter;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.writer = new IndicatorWriter(this.repository, audit);
  }

  async list(ctx: RequestContext, query: ListQuery) {
    requirePermission(ctx, 'tasks.read');
    if (query.planId && !(await this.repository.findPlan(this.db, query.planId)))
      throw AppError.notFound('kế hoạch');
    const items = await this.repository.items(
      this.db,
      query.planId ? { planId: query.planId } : { activeOnly: true },
    );
    const rows = await this.reader.rows(this.db, items);
    const inUnits = query.unitId ? await this.unitAndBelow(query.unitId) : null;
    const q = query.q ? foldVietnamese(query.q) : null;
    return rows.filter(
      (row) =>
        (inUnits === null || [...row.leadUnits, ...row.coordinatorUnits].some((u) => inUnits.has(u.id))) &&
        (query.domain === undefined || row.domain === query.domain) &&
        (q === null || foldVietnamese(row.content).includes(q)),
    );
  }

  async detail(ctx: RequestContext, id: string, db: Kysely<Database> = this.db) {
    requirePermission(ctx, 'tasks.read');
    const item = await this.findItem(db, id);
    const planItems = await this.repository.items(db, { planId: item.planId });
    const permissions = {
      canEnterValues: await this.mayEnterValues(db, ctx, item),
      canManage: ctx.system || hasPermission(requireActor(ctx), 'indicators.manage'),
    };
    return this.reader.detail(db, item, planItems, permissions);
  }

  async putValue(ctx: RequestContext, id: string, input: PutValueInput) {
    await this.db
      .transaction()
      .execute((trx) =>
        this.recordValue(trx, ctx, { ...input, itemId: id }, { source: input.source ?? DIRECT_ENTRY_SOURCE }),
      );
    return this.detail(ctx, id);
  }

  /**
   * Validates, checks the plan's rules and upserts one value inside the caller's transaction, so
   * that a report can record its figures together with its own writes.
   */
  async recordValue(
    trx: Kysely<Database>,
    ctx: RequestContext,
    input: RecordValueInput,
    options: { source: string },
  ): Promise<RecordedValue> {
    requirePermission(ctx, 'indicators.enterValues');
    const item = await this.findItem(trx, input.itemId);
    if (!(await this.mayEnterValues(trx, ctx, item)))
      throw AppError.forbidden(
        'Chỉ đơn vị chủ trì hoặc phối hợp thực hiện chỉ tiêu này mới được nhập số liệu.',
      );
    return this.writer.recordValue(trx, ctx, item, input, {
      source: options.source,
      today: vietnamDateAt(this.now()),
      enteredByName: ctx.actor ? await this.repository.userName(trx, ctx.actor.userId) : null,
    });
  }

  async putTargets(ctx: RequestContext, id: string, input: PutTargetsInput) {
    requirePermission(ctx, 'indicators.manage');
    await this.db.transaction().execute(async (trx) => {
      const item = await this.findItem(trx, id);
      await this.writer.replaceTargets(trx, ctx, item, input.targets, input.aggregation ?? 'cumulative');
    });
    return this.detail(ctx, id);
  }

  async listRules(ctx: RequestContext, planId: string) {
    requirePermission(ctx, 'tasks.read');
    await this.findPlan(this.db, planId);
    return (await this.repository.rules(this.db, [planId])).map(ruleView);
  }

  async addRule(ctx: RequestContext, planId: string, input: AddRuleInput) {
    requirePermission(ctx, 'indicators.manage');
    return this.db.transaction().execute(async (trx) => {
      await this.findPlan(trx, planId);
      const built = buildRule(input.kind, input.parts, input.total);
      if ('refusal' in built) throw AppError.validation(built.refusal);
      const { rule } = built;
      const items = await this.repository.items(trx, { planId });
      const label = (key: string): string => {
        const { itemId, breakdown } = parseKey(key);
        const item = items.find((i) => i.id === itemId);
        if (!item || breakdown.includes('#'))
          throw AppError.validation(`"${key}" không phải chỉ tiêu của kế hoạch này.`);
        return labelFor(item.content, breakdown);
      };
      const labels = keysOf(rule).map(label);
      const description = input.description ?? describeRule(rule.kind, labels);
      const stored = await this.repository.insertRule(trx, planId, rule, description);
      await this.audit.record(trx, ctx, {
        action: 'create',
        entityType: 'indicatorRule',
        entityId: stored.id,
        after: stored,
      });
      return ruleView(stored);
    });
  }

  async removeRule(ctx: RequestContext, planId: string, ruleId: string): Promise<void> {
    requirePermission(ctx, 'indicators.manage');
    await this.db.transaction().execute(async (trx) => {
      const removed = await this.repository.deleteRule(trx, planId, ruleId);
      if (!removed) throw AppError.notFound('quy tắc kiểm tra');
      await this.audit.record(trx, ctx, {
        action: 'delete',
        entityType: 'indicatorRule',
        entityId: ruleId,
        before: removed,
      });
    });
  }

  async exportXlsx(ctx: RequestContext, planId: string | undefined) {
    const rows = await this.list(ctx, planId ? { planId } : {});
    const plan = planId ? await this.repository.findPlan(this.db, planId) : undefined;
    const slug = plan ? `ke-hoach-${plan.year}` : 'ke-hoach-hien-hanh';
    return { filename: `chi-tieu-${slug}.xlsx`, body: await toIndicatorsXlsx(rows) };
  }

  private async findItem(db: Kysely<Database>, id: string): Promise<IndicatorItem> {
    const [item] = await this.repository.items(db, { itemId: id });
    if (!item) throw AppError.notFound('chỉ tiêu');
    return item;
  }

  private async findPlan(db: Kysely<Database>, planId: string) {
    const plan = await this.repository.findPlan(db, planId);
    if (!plan) throw AppError.notFound('kế hoạch');
    return plan;
  }

  /** Compilers and admins enter for anyone; others for indicators their unit (or a unit below it) takes part in. */
  private async mayEnterValues(
    db: Kysely<Database>,
    ctx: RequestContext,
    item: IndicatorItem,
  ): Promise<boolean> {
    if (ctx.system) return true;
    const actor: Actor = requireActor(ctx);
    if (!hasPermission(actor, 'indicators.enterValues')) return false;
    if (actor.roles.includes('admin') || actor.roles.includes('compiler')) return true;
    const [links, units] = await Promise.all([
      this.repository.itemUnits(db, [item.id]),
      this.units.listAll(db),
    ]);
    const byId = new Map(units.map((u) => [u.id, u]));
    return links.some((l) => canActOnUnit(actor, ancestorChain(byId, l.unitId)));
  }

  private async unitAndBelow(unitId: string): Promise<Set<string>> {
    const units = await this.units.listAll(this.db);
    const byId = new Map(units.map((u) => [u.id, u]));
    return new Set(units.filter((u) => ancestorChain(byId, u.id).includes(unitId)).map((u) => u.id));
  }
}

function describeRule(kind: AddRuleInput['kind'], labels: readonly string[]): string {
  const total = labels.at(-1) ?? '';
  switch (kind) {
    case 'partLeqTotal':
      return `${labels[0] ?? ''} không lớn hơn ${total}`;
    case 'sumEquals':
      return `${labels.slice(0, -1).join(' + ')} = ${total}`;
    case 'rateLeq100':
      return `${labels[0] ?? ''} là tỷ lệ, từ 0% đến 100%`;
  }
}
