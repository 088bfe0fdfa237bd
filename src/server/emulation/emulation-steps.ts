import { parseStored } from '../common/stored.js';
import type { Kysely } from 'kysely';
import { type Actor, canActOnUnit, hasPermission } from '../../domain/access/permissions.js';
import type { Database } from '../db/schema.js';
import { failingText } from '../../domain/emulation/index.js';
import { ancestorChain } from '../../domain/org/tree.js';
import { type RequestContext, requireActor } from '../common/context.js';
import { AppError } from '../common/errors.js';
import { OrgUnitRepository } from '../org-units/org-units.repository.js';
import { yearEndRun } from './emulation-view.js';
import { EmulationRepository } from './emulation.repository.js';
import type { EmulationService } from './emulation.service.js';
import { type CampaignView, criteriaSchema } from './emulation.schemas.js';
import type { ParsedEntry } from './emulation-view.js';
import type { CampaignRow } from './emulation.repository.js';
import type { QualityRating } from '../../domain/emulation/index.js';

const repository = new EmulationRepository();
const orgUnits = new OrgUnitRepository();

/** Scores per criterion must name the movement's criteria and stay within their maximum. */
function checkScores(campaign: CampaignRow, scores: Record<string, number>): string {
  const criteria = parseStored(criteriaSchema, campaign.criteria, 'tiêu chí của phong trào');
  for (const [key, value] of Object.entries(scores)) {
    const criterion = criteria.find((c) => c.key === key);
    if (!criterion)
      throw AppError.validation(`Tiêu chí "${key}" không có trong bảng tiêu chí của đợt thi đua.`);
    if (value > criterion.max)
      throw AppError.validation(
        `Điểm của tiêu chí "${criterion.label}" (${value}) vượt điểm tối đa ${criterion.max}.`,
      );
  }
  return JSON.stringify(scores);
}

const isCouncil = (campaign: CampaignRow, userId: string, service: EmulationService) =>
  service.councilMembers(campaign).includes(userId);

/** The steps of an entry: self-assessment, the head's assessment, the council's score and rating, the vote. */
export class EmulationSteps {
  constructor(private readonly service: EmulationService) {}

  selfAssess(
    ctx: RequestContext,
    entryId: string,
    input: { scores: Record<string, number>; rating: QualityRating },
  ): Promise<CampaignView> {
    const actor = requireActor(ctx);
    return this.service.changeEntry(
      ctx,
      entryId,
      'selfAssess',
      ['registration', 'scoring'],
      async (trx, entry, campaign) => {
        const own =
          entry.row.subject_kind === 'person'
            ? entry.row.user_id === actor.userId
            : await this.heads(trx, actor, entry);
        if (!own)
          throw AppError.forbidden(
            'Chỉ người đăng ký (hoặc trưởng đơn vị với đăng ký tập thể) được tự chấm điểm.',
          );
        const change = { self_scores: checkScores(campaign, input.scores), self_rating: input.rating };
        await repository.updateEntry(trx, entryId, change);
        return input;
      },
    );
  }

  headAssess(ctx: RequestContext, entryId: string, input: { rating: QualityRating }): Promise<CampaignView> {
    const actor = requireActor(ctx);
    return this.service.changeEntry(
      ctx,
      entryId,
      'headAssess',
      ['registration', 'scoring'],
      async (trx, entry) => {
        if (!(await this.heads(trx, actor, entry)) && !hasPermission(actor, 'emulation.manage'))
          throw AppError.forbidden('Chỉ trưởng đơn vị của người đăng ký được đánh giá, xếp loại.');
        await repository.updateEntry(trx, entryId, { head_rating: input.rating });
        return input;
      },
    );
  }

  councilScore(
    ctx: RequestContext,
    entryId: string,
    input: { scores: Record<string, number> },
  ): Promise<CampaignView> {
    const actor = requireActor(ctx);
    return this.service.changeEntry(
      ctx,
      entryId,
      'councilScore',
      ['scoring', 'voting'],
      async (trx, _entry, campaign) => {
        if (!isCouncil(campaign, actor.userId, this.service))
          throw AppError.forbidden(
            'Chỉ thành viên Hội đồng Thi đua – Khen thưởng được chấm điểm của Hội đồng.',
          );
        await repository.updateEntry(trx, entryId, { council_scores: checkScores(campaign, input.scores) });
        return input;
      },
    );
  }

  finalRating(ctx: RequestContext, entryId: string, input: { rating: QualityRating }): Promise<CampaignView> {
    const actor = requireActor(ctx);
    return this.service.changeEntry(
      ctx,
      entryId,
      'finalRating',
      ['scoring', 'voting'],
      async (trx, entry, campaign) => {
        if (!isCouncil(campaign, actor.userId, this.service))
          throw AppError.forbidden('Chỉ Hội đồng Thi đua – Khen thưởng được quyết định xếp loại cuối cùng.');
        await this.service.checkCap(trx, campaign.id, entry, input.rating);
        await repository.updateEntry(trx, entryId, { final_rating: input.rating });
        return input;
      },
    );
  }

  vote(ctx: RequestContext, entryId: string, input: { approve: boolean }): Promise<CampaignView> {
    const actor = requireActor(ctx);
    return this.service.changeEntry(ctx, entryId, 'vote', ['voting'], async (trx, entry, campaign) => {
      if (!isCouncil(campaign, actor.userId, this.service))
        throw AppError.forbidden(
          'Bạn không phải thành viên Hội đồng Thi đua – Khen thưởng của đợt này nên không được bỏ phiếu.',
        );
      if (input.approve) {
        const loaded = await this.service.load(trx, campaign.id);
        const { checks } = yearEndRun({ ...loaded, year: campaign.year, votes: [], viewerId: null });
        const check = checks.get(entryId);
        if (check && !check.eligible)
          throw AppError.conflict(`Không thể bỏ phiếu đề nghị. ${failingText(check)}`, {
            conditions: check.conditions.filter((c) => !c.met),
          });
      }
      await repository.putVote(trx, entryId, actor.userId, input.approve);
      return { ...input, subject: entry.row.user_id ?? entry.row.org_unit_id };
    });
  }

  private async heads(trx: Kysely<Database>, actor: Actor, entry: ParsedEntry): Promise<boolean> {
    if (!actor.roles.includes('unitHead')) return false;
    const units = await orgUnits.listAll(trx);
    const byId = new Map(units.map((u) => [u.id, u]));
    return canActOnUnit(actor, ancestorChain(byId, entry.row.org_unit_id));
  }
}
