import { outlineSchema } from '../../domain/reporting/schema.js';
import { parseStored } from '../common/stored.js';
import type { Kysely } from 'kysely';
import {
  type OutlineSection,
  type SubmissionAction,
  stateAfter,
  workflowRefusal,
} from '../../domain/reporting/index.js';
import { isEmptyDoc } from '../../domain/rich-text/index.js';
import type { AuditService } from '../audit/audit.service.js';
import { requireActor, requirePermission, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import { KeyedGate } from '../common/keyed-gate.js';
import type { UploadedFile } from '../common/http.js';
import type { Database } from '../db/schema.js';
import type { IndicatorService } from '../indicators/indicators.service.js';
import { writeBackFigures } from './indicator-writeback.js';
import { type LoadedSubmission, REFUSALS, SubmissionLoader } from './submission-access.js';
import { SubmissionRecords } from './submission-records.js';
import { mergeData, submissionView } from './submission-view.js';
import type {
  AcceptInput,
  CommentInput,
  LookupQuery,
  ReturnInput,
  SaveInput,
  SubmitInput,
  SubmissionView,
  UnlockInput,
} from './submissions.schemas.js';
import { type SubmissionRow, type SubmissionWrite, SubmissionRepository } from './submissions.repository.js';

const ENTITY = 'submission';

const RIGHT = {
  save: 'canDraft',
  submit: 'canSubmit',
  return: 'canReview',
  accept: 'canReview',
  unlock: 'canReview',
} as const satisfies Record<SubmissionAction, string>;
const RIGHT_REFUSAL = {
  save: 'draft',
  submit: 'submit',
  return: 'review',
  accept: 'review',
  unlock: 'review',
} as const satisfies Record<SubmissionAction, keyof typeof REFUSALS>;

const STALE =
  'Báo cáo vừa được người khác lưu. Hãy tải lại để xem bản mới nhất rồi sửa tiếp; nội dung bạn đang sửa chưa được lưu.';

/** Section keys the outline allows: each section's key, and "key:<lĩnh vực>" for per-domain ones. */
function checkSectionKeys(outline: readonly OutlineSection[], keys: readonly string[]): void {
  const bad = keys.filter((key) => {
    const [base = '', suffix] = key.split(/:(.*)/s);
    const section = outline.find((s) => s.key === base);
    if (!section) return true;
    return suffix !== undefined && (!section.perDomain || suffix.trim() === '');
  });
  if (bad.length > 0)
    throw AppError.validation(`Mục "${bad.join('", "')}" không có trong đề cương của chế độ báo cáo.`);
}

/**
 * Units' reports for a period (one per unit and period): drafted by the unit, sent by its head,
 * returned or accepted by the receiving agency's compiler; every send, return, acceptance and
 * unlock freezes a version. Rights: domain/access/report-access.ts; states: domain/reporting/submission-workflow.ts.
 */
export class SubmissionService {
  private readonly repository = new SubmissionRepository();
  private readonly loader = new SubmissionLoader();
  /**
   * Autosave from many tabs or clients must not flood the store: saves of one draft run one at a
   * time (so the PGlite queue holds at most one of them and other requests pass in between), and a
   * save queued behind one that already moved the draft past its version is answered 409 at once,
   * without touching the store, once this user's right to save the draft has been checked.
   */
  private readonly draftSaves = new KeyedGate(() => ({ version: 0, allowed: new Set<string>() }));
  readonly records: SubmissionRecords;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly indicators: IndicatorService,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.records = new SubmissionRecords(db, audit, this.loader, now);
  }

  async lookup(ctx: RequestContext, query: LookupQuery): Promise<SubmissionView> {
    requirePermission(ctx, 'reports.read');
    const unitId = query.unitId ?? requireActor(ctx).orgUnitId;
    const loaded = await this.loader.lookup(this.db, ctx, query.periodId, unitId, this.now());
    return submissionView(this.db, loaded, this.now());
  }

  async get(ctx: RequestContext, id: string): Promise<SubmissionView> {
    requirePermission(ctx, 'reports.read');
    return submissionView(this.db, await this.loader.load(this.db, ctx, id), this.now());
  }

  /** A draft save: the given sections and figures replace the stored ones, other keys stay. */
  async save(ctx: RequestContext, id: string, input: SaveInput): Promise<SubmissionView> {
    requirePermission(ctx, 'reports.draft');
    const who = ctx.actor?.userId ?? 'system';
    return this.draftSaves.run(id, async (known) => {
      if (input.version < known.version && known.allowed.has(who)) throw this.stale();
      try {
        const view = await this.writeDraft(ctx, id, input);
        known.version = view.version;
        known.allowed.add(who);
        return view;
      } catch (error) {
        // A stale save proves the right to save (rights are checked before versions).
        if (error instanceof AppError && error.message === STALE) known.allowed.add(who);
        throw error;
      }
    });
  }

  private writeDraft(ctx: RequestContext, id: string, input: SaveInput): Promise<SubmissionView> {
    return this.change(ctx, id, 'save', input.version, (loaded) => {
      const sections = input.sections ?? {};
      checkSectionKeys(
        parseStored(outlineSchema, loaded.regime.outline, 'đề cương báo cáo'),
        Object.keys(sections),
      );
      const data = input.data ?? {};
      const outside = Object.keys(data).filter((key) => !loaded.regime.data_form.includes(key));
      if (outside.length > 0)
        throw AppError.validation(`Có ${outside.length} chỉ tiêu không thuộc biểu mẫu số liệu của báo cáo.`, {
          outside,
        });
      return Promise.resolve({
        write: {
          sections: { ...loaded.row.sections, ...sections },
          data: mergeData(loaded.row.data, data),
        },
        audit: { sections: Object.keys(sections), data: Object.keys(data) },
      });
    });
  }

  async submit(ctx: RequestContext, id: string, input: SubmitInput): Promise<SubmissionView> {
    requirePermission(ctx, 'reports.submit');
    return this.change(ctx, id, 'submit', input?.version, ({ row }) => {
      const docs = Object.values(row.sections);
      if (docs.every(isEmptyDoc))
        throw AppError.validation(
          'Báo cáo chưa có nội dung. Hãy viết ít nhất một mục của đề cương trước khi gửi.',
        );
      const now = this.now();
      return Promise.resolve({
        // The first sending is what timeliness is judged on (domain/reporting/submission-workflow.ts: countsAsSent).
        write: {
          submitted_at: row.submitted_at ?? now,
          submitted_by: row.submitted_by ?? ctx.actor?.userId ?? null,
        },
        snapshot: { event: 'submit' as const, comment: null },
      });
    });
  }

  async returnToUnit(ctx: RequestContext, id: string, input: ReturnInput): Promise<SubmissionView> {
    requirePermission(ctx, 'reports.review');
    return this.change(ctx, id, 'return', input.version, async ({ row }, trx) => {
      await this.records.storeComment(trx, ctx, row.id, null, input.comment);
      return { write: {}, snapshot: { event: 'return' as const, comment: input.comment } };
    });
  }

  async accept(ctx: RequestContext, id: string, input: AcceptInput): Promise<SubmissionView> {
    requirePermission(ctx, 'reports.review');
    return this.change(ctx, id, 'accept', input?.version, async (loaded, trx) => {
      const written = await writeBackFigures(trx, ctx, loaded, this.indicators, this.now());
      return {
        write: { accepted_at: this.now(), accepted_by: ctx.actor?.userId ?? null },
        snapshot: { event: 'accept' as const, comment: null },
        audit: { indicatorValuesWritten: written },
      };
    });
  }

  /** Reopens an accepted report so the unit can correct it; the reason is required and audited. */
  async unlock(ctx: RequestContext, id: string, input: UnlockInput): Promise<SubmissionView> {
    requirePermission(ctx, 'reports.review');
    return this.change(ctx, id, 'unlock', undefined, async ({ row }, trx) => {
      await this.records.storeComment(trx, ctx, row.id, null, `Mở khóa báo cáo. Lý do: ${input.reason}`);
      return {
        write: { accepted_at: null, accepted_by: null },
        snapshot: { event: 'unlock' as const, comment: input.reason },
        audit: { reason: input.reason },
      };
    });
  }

  versions(ctx: RequestContext, id: string) {
    return this.records.versions(ctx, id);
  }

  version(ctx: RequestContext, id: string, number: number) {
    return this.records.version(ctx, id, number);
  }

  comments(ctx: RequestContext, id: string) {
    return this.records.comments(ctx, id);
  }

  addComment(ctx: RequestContext, id: string, input: CommentInput) {
    return this.records.addComment(ctx, id, input);
  }

  attach(ctx: RequestContext, id: string, file: UploadedFile) {
    return this.records.attach(ctx, id, file);
  }

  attachment(ctx: RequestContext, id: string, attachmentId: string) {
    return this.records.attachment(ctx, id, attachmentId);
  }

  /**
   * One workflow step in one transaction: load with rights, refuse what the state forbids, check
   * the version the caller read, write with the version guard, freeze a version, audit.
   */
  private async change(
    ctx: RequestContext,
    id: string,
    action: SubmissionAction,
    version: number | undefined,
    step: (
      loaded: LoadedSubmission,
      trx: Kysely<Database>,
    ) => Promise<{
      write: SubmissionWrite;
      snapshot?: { event: 'submit' | 'return' | 'accept' | 'unlock'; comment: string | null };
      audit?: Record<string, unknown>;
    }>,
  ): Promise<SubmissionView> {
    await this.db.transaction().execute(async (trx) => {
      const loaded = await this.loader.load(trx, ctx, id);
      const { row } = loaded;
      // Rights come first: someone who may not act learns nothing from the state.
      if (!loaded.permissions[RIGHT[action]]) throw AppError.forbidden(REFUSALS[RIGHT_REFUSAL[action]]);
      const refusal = workflowRefusal(action, row);
      if (refusal !== null) throw AppError.conflict(refusal);
      if (version !== undefined && version !== row.version) throw this.stale();
      const outcome = await step(loaded, trx);
      const next = stateAfter(action, row, row.submitted_at !== null);
      const write: SubmissionWrite = { ...outcome.write };
      if (next.status !== row.status) write.status = next.status;
      if (next.locked !== row.locked) write.locked = next.locked;
      const saved = await this.repository.update(
        trx,
        id,
        row.version,
        write,
        ctx.actor?.userId ?? null,
        this.now(),
      );
      if (!saved) throw this.stale();
      if (outcome.snapshot) await this.snapshot(trx, ctx, saved, outcome.snapshot);
      await this.audit.record(trx, ctx, {
        action: action === 'save' ? 'update' : action,
        entityType: ENTITY,
        entityId: id,
        before: { status: row.status, locked: row.locked, version: row.version },
        after: { status: saved.status, locked: saved.locked, version: saved.version, ...outcome.audit },
      });
    });
    return this.get(ctx, id);
  }

  private async snapshot(
    trx: Kysely<Database>,
    ctx: RequestContext,
    row: SubmissionRow,
    snapshot: { event: 'submit' | 'return' | 'accept' | 'unlock'; comment: string | null },
  ): Promise<void> {
    await this.repository.insertVersion(trx, {
      submissionId: row.id,
      event: snapshot.event,
      sections: row.sections,
      data: row.data,
      comment: snapshot.comment,
      createdBy: ctx.actor?.userId ?? null,
      createdByName: await this.repository.userName(trx, ctx.actor?.userId),
      at: this.now(),
    });
  }

  private stale(): AppError {
    return AppError.conflict(STALE);
  }
}
