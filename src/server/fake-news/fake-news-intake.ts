import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import { vietnamDateAt } from '../../domain/calendar/index.js';
import { stepDeadline } from '../../domain/fake-news/deadlines.js';
import { duplicateKeys } from '../../domain/fake-news/duplicates.js';
import type { Channel } from '../../domain/fake-news/workflow.js';
import { foldVietnamese } from '../../domain/text/fold.js';
import type { AttachmentService, CheckedFile } from '../attachments/attachments.service.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import type { RequestContext } from '../common/context.js';
import type { Database } from '../db/schema.js';
import type { NotificationService } from '../notifications/notifications.service.js';
import { FakeNewsRepository } from './fake-news.repository.js';
import type { ReportFields } from './fake-news.schemas.js';

/** No 0/O or 1/I/L: the code is read out over the phone. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newTrackingCode(): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += CODE_ALPHABET.charAt(randomInt(CODE_ALPHABET.length));
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

export function caseTitle(description: string): string {
  const first = description.split(/\n/)[0]?.trim() ?? '';
  return first.length > 120 ? `${first.slice(0, 117)}…` : first;
}

export function searchText(...parts: (string | null | undefined)[]): string {
  return foldVietnamese(parts.filter(Boolean).join(' '));
}

export interface IntakeInput extends ReportFields {
  channel: Channel;
  challengeId: string | null;
}

/**
 * Receives one report, from the public form or from staff: a report about a link or text already
 * known joins that case, anything else opens a new one. Runs inside the caller's transaction, so the
 * case, the report, its keys, its screenshots and the audit row are written together or not at all.
 */
export class FakeNewsIntake {
  private readonly repository = new FakeNewsRepository();

  constructor(
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly attachments: AttachmentService,
    private readonly notifications: NotificationService,
    private readonly now: () => Date,
  ) {}

  async receive(
    trx: Kysely<Database>,
    ctx: RequestContext,
    input: IntakeInput,
    files: readonly CheckedFile[],
  ) {
    const keys = duplicateKeys({ urls: input.urls, text: input.description });
    const existingId = await this.repository.caseByKeys(trx, keys);
    const today = vietnamDateAt(this.now());
    let caseId: string;
    let caseCode: string;
    if (existingId) {
      const existing = await this.repository.findCase(trx, existingId);
      caseId = existingId;
      caseCode = existing?.code ?? '';
    } else {
      const n = await this.repository.nextCaseNumber(trx);
      const calendar = await this.calendar.calendar(trx);
      const created = await this.repository.createCase(trx, {
        code: `TG-${today.slice(0, 4)}-${String(n).padStart(4, '0')}`,
        title: caseTitle(input.description),
        status: 'received',
        statusSince: today,
        stepDeadline: stepDeadline(calendar, 'received', today),
        receivedOn: today,
        channel: input.channel,
        platform: input.platform,
        searchText: searchText(input.description, ...input.urls),
      });
      caseId = created.id;
      caseCode = created.code;
    }
    await this.repository.addKeys(trx, caseId, keys);
    const report = await this.repository.insertReport(trx, {
      caseId,
      trackingCode: newTrackingCode(),
      channel: input.channel,
      urls: input.urls,
      description: input.description,
      platform: input.platform,
      contact: input.contact,
      challengeId: input.challengeId,
      createdBy: ctx.actor?.userId ?? null,
    });
    for (const file of files) {
      await this.attachments.store(trx, ctx, { ownerType: 'fakeNewsReport', ownerId: report.id, file });
    }
    await this.audit.record(trx, ctx, {
      action: existingId ? 'fakeNews.report.join' : 'fakeNews.case.create',
      entityType: 'fakeNewsCase',
      entityId: caseId,
      after: { reportId: report.id, channel: input.channel, urls: input.urls, files: files.length },
    });
    if (!existingId) {
      const team = await this.repository.listTeam(trx);
      await this.notifications.notify(
        trx,
        team
          .filter((m) => m.role === 'intake' || m.role === 'leader')
          .map((m) => ({
            userId: m.user_id,
            kind: 'fakeNews.received',
            title: `Phản ánh tin giả mới ${caseCode}`,
            body: caseTitle(input.description),
            link: `/fake-news/cases/${caseId}`,
          })),
      );
    }
    return { trackingCode: report.tracking_code, caseCode, caseId, joinedExisting: existingId !== undefined };
  }
}
