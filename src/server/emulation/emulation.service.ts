import { parseStored } from '../common/stored.js';
import type { Kysely } from 'kysely';
import { canActOnUnit, hasPermission } from '../../domain/access/permissions.js';
import { type ReportPeriod, parsePeriodCode, vietnamDateAt } from '../../domain/calendar/index.js';
import {
  COLLECTIVE_TITLES,
  QUALITY_RATING_LABELS,
  type QualityRating,
  excellentCap,
} from '../../domain/emulation/index.js';
import type { OrgUnit } from '../../domain/org/org-unit.js';
import { ancestorChain } from '../../domain/org/tree.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { type RequestContext, requireActor, requirePermission } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { OrgUnitRepository } from '../org-units/org-units.repository.js';
import { computeScores } from './emulation-scores.js';
import { type ParsedEntry, parseEntry, yearEndRun } from './emulation-view.js';
import { type CampaignRow, EmulationRepository } from './emulation.repository.js';
import {
  type CampaignView,
  type CreateCampaignInput,
  DEFAULT_CONFIG,
  type EmulationConfig,
  type RegisterInput,
  type ScoresQuery,
  councilIdsSchema,
  criteriaSchema,
  emulationConfig,
} from './emulation.schemas.js';

type Level = 'individual' | 'unit';
const STAGE_ORDER = ['registration', 'scoring', 'voting', 'decided'] as const;
const STAGE_LABELS = {
  registration: 'đăng ký',
  scoring: 'chấm điểm',
  voting: 'bỏ phiếu',
  decided: 'đã quyết định',
};

/**
 * Emulation (thi đua): scores from the year's work, proposed ratings and titles, and the council's
 * movement from registration to decision. Every change is audited in its own transaction.
 */
export class EmulationService {
  private readonly repository = new EmulationRepository();
  private readonly orgUnits = new OrgUnitRepository();

  constructor(
    readonly database: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async config(db: Kysely<Database>, year: number, level: Level): Promise<EmulationConfig> {
    const row = await this.repository.setting(db, year, level);
    return row ? parseStored(emulationConfig, row.config, 'cấu hình chấm điểm') : DEFAULT_CONFIG[level];
  }

  async getSettings(ctx: RequestContext, year: number, level: Level): Promise<EmulationConfig> {
    requirePermission(ctx, 'emulation.read');
    return this.config(this.database, year, level);
  }

  async putSettings(ctx: RequestContext, year: number, level: Level, config: EmulationConfig) {
    requirePermission(ctx, 'emulation.manage');
    return this.database.transaction().execute(async (trx) => {
      const before = await this.config(trx, year, level);
      await this.repository.putSetting(trx, { year, level, config, userId: ctx.actor?.userId ?? null });
      await this.audit.record(trx, ctx, {
        action: 'emulation.settings',
        entityType: 'emulation_settings',
        entityId: `${year}/${level}`,
        before,
        after: config,
      });
      return config;
    });
  }

  /** Scores of a unit's divisions and people for a month, quarter or year, narrowed to what the caller may see. */
  async scores(ctx: RequestContext, query: ScoresQuery) {
    requirePermission(ctx, 'emulation.read');
    const units = await this.orgUnits.listAll(this.database);
    const root = units.find((u) => u.id === query.unitId);
    if (!root) throw AppError.notFound('đơn vị');
    const result = await this.run(this.database, root, units, query.period);
    const visible = this.visibility(ctx, units);
    return {
      ...result,
      units: result.units.filter((u) => visible(u.id, null)),
      people: result.people.filter((p) => visible(p.unit.id, p.id)),
    };
  }

  private async run(db: Kysely<Database>, root: OrgUnit, units: readonly OrgUnit[], period: ReportPeriod) {
    const byId = new Map(units.map((u) => [u.id, u]));
    const scoped = units.filter((u) => ancestorChain(byId, u.id).includes(root.id));
    const { year } = period;
    const [individual, unit] = await Promise.all([
      this.config(db, year, 'individual'),
      this.config(db, year, 'unit'),
    ]);
    const now = this.now();
    return computeScores(db, {
      units: scoped,
      period,
      today: vietnamDateAt(now),
      now,
      calendar: await this.calendar.calendar(db),
      configs: { individual, unit },
    });
  }

  /** People see their own; unit heads their units; the office and leaders everything. */
  private visibility(ctx: RequestContext, units: readonly OrgUnit[]) {
    if (ctx.system || !ctx.actor || hasPermission(ctx.actor, 'emulation.manage')) return () => true;
    const actor = ctx.actor;
    const byId = new Map(units.map((u) => [u.id, u]));
    const head = actor.roles.includes('unitHead');
    return (unitId: string, personId: string | null) =>
      personId === actor.userId || (head && canActOnUnit(actor, ancestorChain(byId, unitId)));
  }

  async list(ctx: RequestContext) {
    requirePermission(ctx, 'emulation.read');
    const units = new Map((await this.orgUnits.listAll(this.database)).map((u) => [u.id, u.name]));
    const rows = await this.repository.campaigns(this.database);
    return {
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        year: r.year,
        stage: r.stage,
        unit: { id: r.org_unit_id, name: units.get(r.org_unit_id) ?? '' },
      })),
    };
  }

  async create(ctx: RequestContext, input: CreateCampaignInput): Promise<CampaignView> {
    requirePermission(ctx, 'emulation.manage');
    const councilIds = [...new Set([input.chairId, ...input.councilIds])];
    const users = await this.repository.usersByIds(this.database, councilIds);
    if (users.length !== councilIds.length || users.some((u) => u.disabled_at !== null))
      throw AppError.validation('Thành viên Hội đồng phải là tài khoản đang hoạt động.');
    if (new Set(input.criteria.map((c) => c.key)).size !== input.criteria.length)
      throw AppError.validation('Mỗi tiêu chí chấm điểm cần một mã riêng.');
    const id = await this.database.transaction().execute(async (trx) => {
      const created = await this.repository.insertCampaign(trx, {
        ...input,
        councilIds,
        userId: ctx.actor?.userId ?? null,
      });
      await this.audit.record(trx, ctx, {
        action: 'emulation.create',
        entityType: 'emulation_campaign',
        entityId: created,
        after: input,
      });
      return created;
    });
    return this.get(ctx, id);
  }

  async get(ctx: RequestContext, id: string): Promise<CampaignView> {
    requirePermission(ctx, 'emulation.read');
    const loaded = await this.load(this.database, id);
    const { campaign, units, entries, councilIds } = loaded;
    const votes = await this.repository.votes(
      this.database,
      entries.map((e) => e.row.id),
    );
    const { views } = yearEndRun({
      ...loaded,
      year: campaign.year,
      votes,
      councilIds,
      viewerId: ctx.actor?.userId ?? null,
    });
    const names = new Map(
      (
        await this.repository.usersByIds(this.database, [
          ...councilIds,
          ...entries.flatMap((e) => (e.row.user_id ? [e.row.user_id] : [])),
        ])
      ).map((u) => [u.id, u.name]),
    );
    const unitName = (uid: string) => units.find((u) => u.id === uid)?.name ?? '';
    const visible = this.visibility(ctx, units);
    const member = ctx.actor !== null && councilIds.includes(ctx.actor.userId);
    return {
      id: campaign.id,
      unit: { id: campaign.org_unit_id, name: unitName(campaign.org_unit_id) },
      year: campaign.year,
      name: campaign.name,
      stage: campaign.stage,
      chair: { id: campaign.chair_id, name: names.get(campaign.chair_id) ?? '' },
      council: councilIds.map((c) => ({ id: c, name: names.get(c) ?? '' })),
      criteria: parseStored(criteriaSchema, campaign.criteria, 'tiêu chí của phong trào'),
      decidedAt: campaign.decided_at?.toISOString() ?? null,
      isCouncilMember: member,
      canManage: ctx.system || (ctx.actor !== null && hasPermission(ctx.actor, 'emulation.manage')),
      entries: views
        .map((v, i) => {
          const row = entries[i]?.row;
          const subjectId = row?.user_id ?? row?.org_unit_id ?? '';
          return {
            ...v,
            subject: {
              id: subjectId,
              name: row?.user_id ? (names.get(row.user_id) ?? '') : unitName(subjectId),
            },
            unit: { id: row?.org_unit_id ?? '', name: unitName(row?.org_unit_id ?? '') },
          };
        })
        .filter((e) => member || visible(e.unit.id, e.subjectKind === 'person' ? e.subject.id : null)),
    };
  }

  /** The campaign, its parsed entries and the scores of its year: the input of the year-end run. */
  async load(db: Kysely<Database>, id: string) {
    const campaign = await this.repository.campaign(db, id);
    if (!campaign) throw AppError.notFound('đợt thi đua');
    const units = await this.orgUnits.listAll(db);
    const root = units.find((u) => u.id === campaign.org_unit_id);
    if (!root) throw AppError.notFound('đơn vị của đợt thi đua');
    const entries = (await this.repository.entries(db, id)).map(parseEntry);
    const [scores, individual, unit] = await Promise.all([
      this.run(db, root, units, parsePeriodCode(String(campaign.year))),
      this.config(db, campaign.year, 'individual'),
      this.config(db, campaign.year, 'unit'),
    ]);
    return {
      campaign,
      units,
      root,
      entries,
      scores,
      configs: { individual, unit },
      councilIds: parseStored(councilIdsSchema, campaign.council_ids, 'thành viên hội đồng'),
    };
  }

  async register(ctx: RequestContext, campaignId: string, input: RegisterInput): Promise<CampaignView> {
    requirePermission(ctx, 'emulation.read');
    const actor = requireActor(ctx);
    const collective = (COLLECTIVE_TITLES as readonly string[]).includes(input.title);
    if (collective !== (input.subjectKind === 'unit'))
      throw AppError.validation(
        collective
          ? 'Danh hiệu tập thể chỉ đăng ký cho đơn vị.'
          : 'Danh hiệu cá nhân chỉ đăng ký cho cá nhân.',
      );
    await this.database.transaction().execute(async (trx) => {
      const campaign = await this.stageOf(
        trx,
        campaignId,
        ['registration'],
        'Đợt thi đua đã hết hạn đăng ký.',
      );
      const units = await this.orgUnits.listAll(trx);
      const byId = new Map(units.map((u) => [u.id, u]));
      let unitId: string;
      let userId: string | null = null;
      if (input.subjectKind === 'person') {
        const [user] = await this.repository.usersByIds(trx, [input.userId]);
        if (!user || user.disabled_at !== null) throw AppError.notFound('người đăng ký');
        unitId = user.unitId;
        userId = user.id;
      } else {
        if (!byId.has(input.unitId)) throw AppError.notFound('đơn vị đăng ký');
        unitId = input.unitId;
      }
      if (!ancestorChain(byId, unitId).includes(campaign.org_unit_id))
        throw AppError.validation('Người hoặc đơn vị đăng ký không thuộc đơn vị tổ chức đợt thi đua.');
      const self = userId === actor.userId;
      const head = actor.roles.includes('unitHead') && canActOnUnit(actor, ancestorChain(byId, unitId));
      if (!self && !head && !hasPermission(actor, 'emulation.manage'))
        throw AppError.forbidden('Chỉ người đăng ký, trưởng đơn vị hoặc bộ phận thi đua được đăng ký.');
      if (await this.repository.findEntry(trx, campaignId, input.subjectKind, userId ?? unitId))
        throw AppError.conflict('Đã có đăng ký thi đua của người hoặc đơn vị này trong đợt.');
      const id = await this.repository.insertEntry(trx, {
        campaignId,
        kind: input.subjectKind,
        userId,
        unitId,
        title: input.title,
        evidence: input.evidence,
        by: actor.userId,
      });
      await this.audit.record(trx, ctx, {
        action: 'emulation.register',
        entityType: 'emulation_entry',
        entityId: id,
        after: input,
      });
    });
    return this.get(ctx, campaignId);
  }

  /** Loads and locks the campaign, refusing when it is not in one of the stages. */
  private async stageOf(
    trx: Kysely<Database>,
    id: string,
    stages: readonly CampaignRow['stage'][],
    message: string,
  ): Promise<CampaignRow> {
    const campaign = await this.repository.campaign(trx, id, true);
    if (!campaign) throw AppError.notFound('đợt thi đua');
    if (!stages.includes(campaign.stage))
      throw AppError.conflict(`${message} (đợt đang ở bước ${STAGE_LABELS[campaign.stage]}).`);
    return campaign;
  }

  /** One change to an entry: loaded, checked against the stage and the actor, written and audited together. */
  async changeEntry(
    ctx: RequestContext,
    entryId: string,
    action: string,
    stages: readonly CampaignRow['stage'][],
    apply: (trx: Kysely<Database>, entry: ParsedEntry, campaign: CampaignRow) => Promise<unknown>,
  ): Promise<CampaignView> {
    requirePermission(ctx, 'emulation.read');
    const row = await this.repository.entry(this.database, entryId);
    if (!row) throw AppError.notFound('đăng ký thi đua');
    await this.database.transaction().execute(async (trx) => {
      const campaign = await this.stageOf(trx, row.campaign_id, stages, 'Bước này không còn mở');
      const entry = await this.repository.entry(trx, entryId);
      if (!entry) throw AppError.notFound('đăng ký thi đua');
      const after = await apply(trx, parseEntry(entry), campaign);
      await this.audit.record(trx, ctx, {
        action: `emulation.${action}`,
        entityType: 'emulation_entry',
        entityId: entryId,
        before: entry,
        after,
      });
    });
    return this.get(ctx, row.campaign_id);
  }

  /** Refuses a final rating that would take the unit's HTXSNV above 20 % of its HTTNV. */
  async checkCap(
    trx: Kysely<Database>,
    campaignId: string,
    entry: ParsedEntry,
    rating: QualityRating,
  ): Promise<void> {
    if (entry.row.subject_kind !== 'person' || rating !== 'HTXSNV') return;
    const peers = (await this.repository.entries(trx, campaignId)).filter(
      (e) => e.subject_kind === 'person' && e.org_unit_id === entry.row.org_unit_id,
    );
    const ratings = peers.map((p) =>
      p.id === entry.row.id ? rating : (p.final_rating as QualityRating | null),
    );
    const cap = excellentCap(ratings);
    if (!cap.withinCap)
      throw AppError.conflict(
        `Không thể xếp loại "${QUALITY_RATING_LABELS.HTXSNV}": đơn vị sẽ có ${cap.excellent} người xếp loại xuất sắc trong khi chỉ có ${cap.good} người "${QUALITY_RATING_LABELS.HTTNV}" (tối đa 20%, tức ${cap.allowed} người).`,
      );
  }

  councilMembers(campaign: CampaignRow): string[] {
    return parseStored(councilIdsSchema, campaign.council_ids, 'thành viên hội đồng');
  }

  /** Decision: approved when the vote passed and the title's conditions hold; all entries in one transaction. */
  async decide(ctx: RequestContext, campaignId: string): Promise<CampaignView> {
    const actor = requireActor(ctx);
    await this.database.transaction().execute(async (trx) => {
      const campaign = await this.stageOf(
        trx,
        campaignId,
        ['voting'],
        'Chỉ ra quyết định sau khi Hội đồng bỏ phiếu',
      );
      if (campaign.chair_id !== actor.userId && !hasPermission(actor, 'emulation.manage'))
        throw AppError.forbidden('Chỉ Chủ tịch Hội đồng hoặc bộ phận thi đua được ra quyết định.');
      const loaded = await this.load(trx, campaignId);
      const unrated = loaded.entries.filter(
        (e) => e.row.subject_kind === 'person' && e.row.final_rating === null,
      );
      if (unrated.length > 0)
        throw AppError.conflict(
          `Còn ${unrated.length} trường hợp chưa có xếp loại của Hội đồng; cần xếp loại trước khi ra quyết định.`,
        );
      const votes = await this.repository.votes(
        trx,
        loaded.entries.map((e) => e.row.id),
      );
      const { views } = yearEndRun({ ...loaded, year: campaign.year, votes, viewerId: null });
      for (const view of views)
        await this.repository.updateEntry(trx, view.id, {
          result: view.votes.passed && view.check.eligible ? 'approved' : 'rejected',
        });
      await this.repository.setStage(trx, campaignId, 'decided');
      await this.audit.record(trx, ctx, {
        action: 'emulation.decide',
        entityType: 'emulation_campaign',
        entityId: campaignId,
        after: views.map((v) => ({
          id: v.id,
          title: v.title,
          passed: v.votes.passed,
          eligible: v.check.eligible,
        })),
      });
    });
    return this.get(ctx, campaignId);
  }

  async advance(ctx: RequestContext, campaignId: string, stage: 'scoring' | 'voting'): Promise<CampaignView> {
    requirePermission(ctx, 'emulation.manage');
    const previous = STAGE_ORDER[STAGE_ORDER.indexOf(stage) - 1] ?? 'registration';
    await this.database.transaction().execute(async (trx) => {
      await this.stageOf(
        trx,
        campaignId,
        [previous],
        `Chỉ chuyển sang bước ${STAGE_LABELS[stage]} từ bước ${STAGE_LABELS[previous]}`,
      );
      await this.repository.setStage(trx, campaignId, stage);
      await this.audit.record(trx, ctx, {
        action: 'emulation.stage',
        entityType: 'emulation_campaign',
        entityId: campaignId,
        after: { stage },
      });
    });
    return this.get(ctx, campaignId);
  }
}
