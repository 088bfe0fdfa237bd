import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  PLATFORMS,
  STATUS_LABELS,
  VERDICTS,
  VERDICT_LABELS,
  CASE_STATUSES,
} from '../../domain/fake-news/workflow.js';
import { formatDisplayDate } from '../../domain/text/display.js';
import { foldVietnamese } from '../../domain/text/fold.js';
import { vietnamDateAt } from '../../domain/calendar/index.js';
import type { AttachmentService, CheckedFile } from '../attachments/attachments.service.js';
import type { RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import { isUniqueViolation } from '../common/db-errors.js';
import type { Database } from '../db/schema.js';
import type { WorkChallenges } from './challenge.js';
import type { FakeNewsIntake } from './fake-news-intake.js';
import { FakeNewsRepository } from './fake-news.repository.js';
import { publicReportParts } from './fake-news.schemas.js';
import { publishedFeed } from './feed.js';
import type { PublicReportForm } from './public-report-form.js';
import { checkImageDecodes, stampImage } from './stamp.js';

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg']);
const verdict = z.enum(VERDICTS);
const platform = z.enum(PLATFORMS).nullable();
const status = z.enum(CASE_STATUSES);

/** Everything anyone may do without an account: report, follow a report, read what was published. */
export class PublicFakeNewsService {
  private readonly repository = new FakeNewsRepository();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly attachments: AttachmentService,
    private readonly intake: FakeNewsIntake,
    private readonly challenges: WorkChallenges,
    private readonly now: () => Date,
  ) {}

  challenge() {
    return this.challenges.issue();
  }

  /**
   * A citizen's report. Every check runs before the transaction opens (fields, proof of work, each
   * screenshot's type, magic bytes, size and decoding), so a refused report stores nothing.
   */
  async report(request: RequestContext, form: PublicReportForm) {
    // Anonymous by design, even from a signed-in browser: the report is the public's, not an account's.
    const ctx: RequestContext = { ...request, actor: null, system: false };
    const parsed = publicReportParts.safeParse({
      urls: form.fields.urls ?? [],
      description: form.fields.description ?? '',
      platform: emptyToNull(form.fields.platform),
      contact: emptyToNull(form.fields.contact),
      challenge: form.fields.challenge ?? '',
      nonce: form.fields.nonce ?? '',
      website: form.fields.website,
    });
    if (!parsed.success) {
      const messages = parsed.error.issues.map((i) => i.message);
      throw AppError.validation(`Phản ánh chưa hợp lệ: ${[...new Set(messages)].join('; ')}`, {
        fields: parsed.error.issues.map((i) => i.path.join('.')),
      });
    }
    const body = parsed.data;
    if (body.urls.length === 0 && form.files.length === 0) {
      throw AppError.validation(
        'Hãy gửi ít nhất một đường dẫn hoặc một ảnh chụp màn hình của tin nghi là giả.',
      );
    }
    const challengeId = this.challenges.verify(body.challenge, body.nonce);
    if (await this.repository.challengeUsed(this.db, challengeId)) {
      throw AppError.validation('Mã kiểm tra chống spam đã được dùng. Hãy tải lại trang và gửi lại.');
    }
    const files: CheckedFile[] = [];
    for (const upload of form.files) {
      const checked = await this.attachments.check(upload);
      if (!IMAGE_TYPES.has(checked.contentType)) {
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          `Tệp "${checked.filename}" không phải ảnh: chỉ nhận ảnh PNG hoặc JPG.`,
        );
      }
      await checkImageDecodes(upload.buffer, checked.filename);
      files.push(checked);
    }
    try {
      const result = await this.db.transaction().execute((trx) =>
        this.intake.receive(
          trx,
          ctx,
          {
            channel: 'web',
            urls: body.urls,
            description: body.description,
            platform: body.platform,
            contact: body.contact,
            challengeId,
          },
          files,
        ),
      );
      return {
        trackingCode: result.trackingCode,
        caseCode: result.caseCode,
        joinedExisting: result.joinedExisting,
      };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw AppError.validation('Mã kiểm tra chống spam đã được dùng. Hãy tải lại trang và gửi lại.');
      }
      throw error;
    }
  }

  async status(trackingCode: string) {
    const row = await this.repository.statusByTracking(this.db, trackingCode.trim().toUpperCase());
    if (!row) throw AppError.notFound('phản ánh có mã theo dõi này');
    const s = status.parse(row.status);
    // The verdict is public once the leader approved it; before that only the step is shown.
    const concluded = s === 'approved' || s === 'closed';
    return {
      trackingCode: row.tracking_code,
      caseCode: row.code,
      status: s,
      statusLabel: STATUS_LABELS[s],
      receivedOn: row.received_on,
      verdictLabel: concluded && row.verdict ? VERDICT_LABELS[verdict.parse(row.verdict)] : null,
      published: row.published_at !== null,
    };
  }

  async published(query: { q?: string; limit: number }) {
    const rows = await this.repository.published(this.db, {
      folded: query.q ? foldVietnamese(query.q) : undefined,
      limit: query.limit,
    });
    return { items: rows.map(publishedView) };
  }

  async publishedOne(code: string) {
    const row = await this.repository.publishedByCode(this.db, code);
    if (!row) throw AppError.notFound('tin đã công bố');
    return publishedView(row);
  }

  async stamp(code: string): Promise<Buffer> {
    const row = await this.repository.publishedByCode(this.db, code);
    if (!row?.stamped_image) throw AppError.notFound('ảnh đã đóng dấu');
    return Buffer.from(row.stamped_image);
  }

  async feed(baseUrl: string) {
    const { items } = await this.published({ limit: 50 });
    return publishedFeed(items, baseUrl);
  }

  /** The stamped image of a case being published: its first screenshot, or a card with its text. */
  stampFor(row: { code: string; title: string }, screenshot: Buffer | null): Promise<Buffer> {
    return stampImage(screenshot, {
      caseCode: row.code,
      date: formatDisplayDate(vietnamDateAt(this.now())),
      title: row.title,
    });
  }
}

function emptyToNull(value: string | string[] | undefined): string | null {
  const s = Array.isArray(value) ? value[0] : value;
  return s === undefined || s.trim() === '' ? null : s;
}

function publishedView(row: {
  code: string;
  title: string;
  verdict: string | null;
  platform: string | null;
  notice: string | null;
  published_at: Date | null;
}) {
  const v = verdict.parse(row.verdict);
  return {
    code: row.code,
    title: row.title,
    verdict: v,
    verdictLabel: VERDICT_LABELS[v],
    platform: platform.parse(row.platform),
    notice: row.notice ?? '',
    publishedAt: (row.published_at ?? new Date(0)).toISOString(),
    stampUrl: `/api/public/fake-news/published/${encodeURIComponent(row.code)}/stamp.png`,
  };
}
