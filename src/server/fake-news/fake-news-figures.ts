import type { Kysely } from 'kysely';
import { z } from 'zod';
import { periodLabel, type ReportPeriod, type WorkingCalendar } from '../../domain/calendar/index.js';
import { fakeNewsFigures, figureSentences, type CaseFigureInput } from '../../domain/fake-news/figures.js';
import { CHANNELS, PLATFORMS, VERDICTS } from '../../domain/fake-news/workflow.js';
import type { Database } from '../db/schema.js';
import { FakeNewsRepository } from './fake-news.repository.js';
import { outcomeSchema, type FiguresView } from './fake-news.schemas.js';

const figureRow = z.object({
  channel: z.enum(CHANNELS),
  platform: z.enum(PLATFORMS).nullable(),
  verdict: z.enum(VERDICTS).nullable(),
});
const repository = new FakeNewsRepository();

/**
 * The centre's figures for a period, read from the stored cases and computed by the one domain
 * function; the team's page, the API and the department's periodic report all call this.
 */
export async function loadFakeNewsFigures(
  db: Kysely<Database>,
  calendar: WorkingCalendar,
  period: ReportPeriod,
): Promise<FiguresView> {
  const rows = await repository.figureRows(db, period.start, period.end);
  const inputs: CaseFigureInput[] = rows.map((r) => {
    const p = figureRow.parse(r);
    return {
      receivedOn: r.received_on,
      closedOn: r.closed_on,
      channel: p.channel,
      domain: r.domain,
      platform: p.platform,
      verdict: p.verdict,
      published: r.published_at !== null,
      referred: r.referred_to !== null,
      outcome: r.outcome === null ? null : outcomeSchema.parse(r.outcome),
    };
  });
  const f = fakeNewsFigures(inputs, period, calendar);
  return { periodCode: period.code, periodLabel: periodLabel(period), ...f, sentences: figureSentences(f) };
}
