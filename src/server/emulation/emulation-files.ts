import { hasPermission } from '../../domain/access/permissions.js';
import {
  type CouncilDocumentsInput,
  type Nominee,
  TITLE_RULES,
  achievementReport,
  councilMinutes,
  decision,
  proposal,
} from '../../domain/emulation/index.js';
import { draftingAbbreviation } from '../../domain/documents/decree-30.js';
import type { OfficialDocument } from '../../domain/documents/official-document.js';
import { type RequestContext, requireActor } from '../common/context.js';
import { AppError } from '../common/errors.js';
import { defaultHeader } from '../consolidation/consolidation-facts.js';
import { DOCX, type ReportFile } from '../consolidation/report-files.js';
import { writeDocx } from '../documents/docx-writer.js';
import type { EmulationService } from './emulation.service.js';
import type { CampaignView, EntryView } from './emulation.schemas.js';

export type CouncilDocumentKind = 'minutes' | 'proposal' | 'decision';

const WRITERS: Record<
  CouncilDocumentKind,
  { name: string; stages: CampaignView['stage'][]; write: (i: CouncilDocumentsInput) => OfficialDocument }
> = {
  minutes: { name: 'Biên bản họp Hội đồng', stages: ['voting', 'decided'], write: councilMinutes },
  proposal: { name: 'Tờ trình đề nghị khen thưởng', stages: ['voting', 'decided'], write: proposal },
  decision: { name: 'Quyết định khen thưởng', stages: ['decided'], write: decision },
};

function nominee(entry: EntryView): Nominee {
  return {
    name: entry.subject.name,
    unitName: entry.unit.name,
    kind: entry.subjectKind,
    title: entry.title,
    rating: entry.finalRating ?? entry.score?.proposed ?? null,
    points: entry.score?.points ?? null,
    // The decision lists what was approved; before it, what the vote passed among the eligible.
    tally: {
      ...entry.votes,
      passed:
        entry.result === null ? entry.votes.passed && entry.check.eligible : entry.result === 'approved',
    },
    reward: entry.reward,
    conditions: entry.check.conditions,
    work: entry.score?.tally ?? null,
  };
}

/** The council's files in the Nghị định 30/2020 layout, written from the year-end run. */
export class EmulationFiles {
  constructor(private readonly service: EmulationService) {}

  private async input(ctx: RequestContext, campaignId: string) {
    const view = await this.service.get(ctx, campaignId);
    const { units, configs } = await this.service.load(this.service.database, campaignId);
    const unit = units.find((u) => u.id === view.unit.id);
    if (!unit) throw AppError.notFound('đơn vị của đợt thi đua');
    const header = defaultHeader(unit, units);
    const drafter = units.find((u) => u.id === ctx.actor?.orgUnitId && u.id !== unit.id);
    const input: CouncilDocumentsInput = {
      agency: {
        parentAgency: header.parentAgency,
        agency: header.agency,
        agencyName: unit.name,
        symbolSuffix: header.symbol.replace(/^BC-/, ''),
        place: header.place,
        // "Lưu: VT, …" names the drafting unit: the office's own division that downloads the file.
        draftingUnit: drafter ? draftingAbbreviation(drafter.name, drafter.shortName) : null,
      },
      year: view.year,
      campaignName: view.name,
      date: null,
      chair: { name: view.chair.name, title: 'Chủ tịch Hội đồng Thi đua – Khen thưởng' },
      members: view.council.map((m) => m.name),
      nominees: view.entries.map(nominee),
      baseSalary: configs.individual.baseSalary,
    };
    return { view, input };
  }

  private allowed(ctx: RequestContext, view: CampaignView, subjectId?: string): void {
    if (ctx.system) return;
    const actor = requireActor(ctx);
    if (view.isCouncilMember || hasPermission(actor, 'emulation.manage') || subjectId === actor.userId)
      return;
    throw AppError.forbidden(
      'Chỉ Hội đồng Thi đua – Khen thưởng và bộ phận thi đua được tải hồ sơ của Hội đồng.',
    );
  }

  async council(ctx: RequestContext, campaignId: string, kind: CouncilDocumentKind): Promise<ReportFile> {
    const { view, input } = await this.input(ctx, campaignId);
    this.allowed(ctx, view);
    const writer = WRITERS[kind];
    if (!writer.stages.includes(view.stage))
      throw AppError.conflict(
        `${writer.name} chỉ có sau khi Hội đồng ${kind === 'decision' ? 'ra quyết định' : 'bắt đầu bỏ phiếu'}.`,
      );
    return {
      filename: `${writer.name} năm ${view.year}.docx`,
      contentType: DOCX,
      content: await writeDocx(writer.write(input)),
    };
  }

  async achievement(ctx: RequestContext, campaignId: string, entryId: string): Promise<ReportFile> {
    const { view, input } = await this.input(ctx, campaignId);
    const entry = view.entries.find((e) => e.id === entryId);
    if (!entry) throw AppError.notFound('đăng ký thi đua');
    this.allowed(ctx, view, entry.subject.id);
    return {
      filename: `Báo cáo thành tích - ${entry.subject.name} - ${TITLE_RULES[entry.title].name}.docx`.replace(
        /[\\/:*?"<>|]/g,
        '-',
      ),
      contentType: DOCX,
      content: await writeDocx(achievementReport(input, nominee(entry))),
    };
  }
}
