import type { IsoDate, WorkingCalendar } from '../calendar/index.js';
import { handlingWorkingDays } from './deadlines.js';
import {
  CHANNELS,
  PLATFORMS,
  VERDICTS,
  isPublishable,
  type Channel,
  type Platform,
  type Verdict,
} from './workflow.js';

/**
 * The centre's figures for a period: the one function that the report block, the indicator values,
 * the API and the page all read, so "06/07 vụ việc đã xử phạt" is never counted twice two ways.
 */

/** What the figures need of one case. */
export interface CaseFigureInput {
  receivedOn: IsoDate;
  closedOn: IsoDate | null;
  channel: Channel;
  domain: string | null;
  platform: Platform | null;
  verdict: Verdict | null;
  published: boolean;
  referred: boolean;
  /** The outcome recorded after referral; null until the competent authority answers. */
  outcome: {
    sanctioned: boolean;
    subjectsFined: number;
    fineAmount: number;
    accountsBlocked: number;
    numbersLocked: number;
  } | null;
}

export interface FakeNewsFigures {
  /** Cases received in the period. */
  received: number;
  byChannel: Record<Channel, number>;
  byPlatform: Record<Platform | 'unclassified', number>;
  byVerdict: Record<Verdict | 'pending', number>;
  /** Domain name → count; cases not yet classified are under "". */
  byDomain: Record<string, number>;
  /** Cases concluded as fake or false news (the "vụ việc liên quan đến tin giả, tin sai sự thật"). */
  confirmed: number;
  published: number;
  referred: number;
  /** Confirmed cases with an administrative sanction recorded: the x of "x/N vụ việc đã xử phạt". */
  sanctioned: number;
  subjectsFined: number;
  fineAmount: number;
  accountsBlocked: number;
  numbersLocked: number;
  closed: number;
  /** Mean working days from receipt to closing over the closed cases; null when none closed. */
  meanHandlingWorkingDays: number | null;
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function fakeNewsFigures(
  cases: readonly CaseFigureInput[],
  period: { start: IsoDate; end: IsoDate },
  calendar: WorkingCalendar,
): FakeNewsFigures {
  const f: FakeNewsFigures = {
    received: 0,
    byChannel: zeroes(CHANNELS),
    byPlatform: zeroes([...PLATFORMS, 'unclassified'] as const),
    byVerdict: zeroes([...VERDICTS, 'pending'] as const),
    byDomain: {},
    confirmed: 0,
    published: 0,
    referred: 0,
    sanctioned: 0,
    subjectsFined: 0,
    fineAmount: 0,
    accountsBlocked: 0,
    numbersLocked: 0,
    closed: 0,
    meanHandlingWorkingDays: null,
  };
  let handlingTotal = 0;
  for (const c of cases) {
    if (c.receivedOn < period.start || c.receivedOn > period.end) continue;
    f.received += 1;
    f.byChannel[c.channel] += 1;
    f.byPlatform[c.platform ?? 'unclassified'] += 1;
    f.byVerdict[c.verdict ?? 'pending'] += 1;
    const domain = c.domain ?? '';
    f.byDomain[domain] = (f.byDomain[domain] ?? 0) + 1;
    if (isPublishable(c.verdict)) f.confirmed += 1;
    if (c.published) f.published += 1;
    if (c.referred) f.referred += 1;
    if (c.outcome) {
      if (c.outcome.sanctioned && isPublishable(c.verdict)) f.sanctioned += 1;
      f.subjectsFined += c.outcome.subjectsFined;
      f.fineAmount += c.outcome.fineAmount;
      f.accountsBlocked += c.outcome.accountsBlocked;
      f.numbersLocked += c.outcome.numbersLocked;
    }
    if (c.closedOn) {
      f.closed += 1;
      handlingTotal += handlingWorkingDays(calendar, c.receivedOn, c.closedOn);
    }
  }
  if (f.closed > 0) f.meanHandlingWorkingDays = Math.round((handlingTotal / f.closed) * 10) / 10;
  return f;
}

/** Counts as Vietnamese reports write them: at least two digits ("06", "72", "120"). */
export function formatCount(n: number): string {
  return n < 10 ? `0${n}` : formatThousands(n);
}

/** "20.000.000": the thousands separator of Vietnamese documents. */
export function formatThousands(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** The sentences of the report's Thanh tra section, written from the figures and nothing else. */
export function figureSentences(f: FakeNewsFigures): string[] {
  const sentences = [
    `Tiếp nhận ${formatCount(f.received)} phản ánh, trong đó ${formatCount(f.confirmed)} vụ việc được kết luận là tin giả, tin sai sự thật; đã đóng dấu, công bố ${formatCount(f.published)} vụ việc.`,
    `Đã xử phạt vi phạm hành chính ${formatCount(f.sanctioned)}/${formatCount(f.confirmed)} vụ việc liên quan đến tin giả, tin sai sự thật trên không gian mạng.`,
    `Xử phạt ${formatCount(f.subjectsFined)} đối tượng, tổng số tiền ${formatThousands(f.fineAmount)} đồng.`,
  ];
  const locks = [
    ...(f.accountsBlocked > 0 ? [`khóa ${formatCount(f.accountsBlocked)} tài khoản mạng xã hội`] : []),
    ...(f.numbersLocked > 0 ? [`khóa 02 chiều ${formatCount(f.numbersLocked)} số thuê bao`] : []),
  ].join('; ');
  if (locks) sentences.push(`${locks.charAt(0).toUpperCase()}${locks.slice(1)}.`);
  if (f.meanHandlingWorkingDays !== null) {
    sentences.push(
      `Thời gian xử lý bình quân ${String(f.meanHandlingWorkingDays).replace('.', ',')} ngày làm việc.`,
    );
  }
  return sentences;
}
