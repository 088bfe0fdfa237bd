import { isValidDate, isoDate, occurrenceDueDates, sortedUnique } from './dates';
import type { Reading } from './reading';
import {
  FREQUENCIES,
  type Deadline,
  type DeadlineTimeframe,
  type Frequency,
  type RecurringTimeframe,
} from './types';

// Readers for dated obligations: explicit deadlines and recurring periods.

const DATE = String.raw`(?:ngay\s+)?(\d{1,2})\s*(?:\/|-|\.|\s+thang\s+)\s*(\d{1,2})(?:\s*(?:\/|-|\.|\s+nam\s+)\s*(\d{4}))?(?![\d/])`;

// Only these words may surround the dates; anything else means the text says more than a list
// of deadlines and a wrong due date would be worse than a flagged one.
const DEADLINE_WORDS = new RegExp(
  String.raw`\b(?:thuc hien|hoan thanh|bao cao|gui|dinh ky|truoc|cham nhat|han chot|han|den|trong|ngay|` +
    String.raw`hang nam|moi nam|va|dau nam|0?6 thang|sau thang|0?9 thang|0?1 nam|nam|quy|thang)\b|[,;:()\-]`,
  'g',
);

const LABELS: { pattern: RegExp; label: string; frequency?: Frequency }[] = [
  { pattern: /(?:^|\s)(?:0?6|sau) thang\b/, label: '6 tháng', frequency: 'semiannual' },
  { pattern: /(?:^|\s)0?9 thang\b/, label: '9 tháng' },
  { pattern: /\bquy\b/, label: 'quý', frequency: 'quarterly' },
  { pattern: /(?<!(?:hang|moi|dau|cuoi) )\bnam\b/, label: 'năm', frequency: 'annual' },
  { pattern: /(?<!\d )\bthang\b/, label: 'tháng', frequency: 'monthly' },
];

function labelFor(context: string): Pick<Deadline, 'label' | 'frequency'> {
  for (const { pattern, label, frequency } of LABELS) {
    if (pattern.test(context)) return frequency === undefined ? { label } : { label, frequency };
  }
  return {};
}

export function readDeadline({ raw, folded, planYear }: Reading): DeadlineTimeframe | null {
  // A bare date ("31/3/2025", a spreadsheet date cell in a "Thời hạn" column) is a deadline too.
  const bare = new RegExp(String.raw`^${DATE}$`).test(folded);
  if (!bare && !/\b(?:truoc|cham nhat|han)\b/.test(folded)) return null;
  const matches = [...folded.matchAll(new RegExp(DATE, 'g'))];
  if (matches.length === 0) return null;
  if (folded.replace(new RegExp(DATE, 'g'), ' ').replace(DEADLINE_WORDS, ' ').trim() !== '') return null;

  const deadlines: Deadline[] = [];
  let contextStart = 0;
  for (const m of matches) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), m[3] === undefined ? planYear : Number(m[3])];
    if (!isValidDate(year, month, day)) return null;
    deadlines.push({ date: isoDate(year, month, day), ...labelFor(folded.slice(contextStart, m.index)) });
    contextStart = m.index + m[0].length;
  }
  deadlines.sort((a, b) => a.date.localeCompare(b.date));
  return {
    kind: 'deadline',
    raw,
    deadlines,
    everyYear: /\b(?:hang|moi) nam\b/.test(folded),
    dueDates: sortedUnique(deadlines.map((d) => d.date)),
  };
}

const WORD_END = '(?![a-z0-9])';
const FREQUENCY_TOKENS: { pattern: RegExp; frequency: Frequency | null }[] = [
  { pattern: new RegExp(String.raw`(?:(?:hang|moi)\s+)?tuan${WORD_END}`, 'y'), frequency: 'weekly' },
  {
    pattern: new RegExp(
      String.raw`(?:(?:hang|moi)\s+)?(?:0?6|sau)\s+thang${WORD_END}|nua\s+nam${WORD_END}`,
      'y',
    ),
    frequency: 'semiannual',
  },
  { pattern: new RegExp(String.raw`(?:(?:hang|moi)\s+)?thang${WORD_END}`, 'y'), frequency: 'monthly' },
  { pattern: new RegExp(String.raw`(?:(?:hang|moi)\s+)?quy${WORD_END}`, 'y'), frequency: 'quarterly' },
  {
    pattern: new RegExp(String.raw`(?:(?:hang|moi)\s+)?(?:0?1\s+)?nam${WORD_END}`, 'y'),
    frequency: 'annual',
  },
  {
    pattern: new RegExp(
      String.raw`(?:dinh\s+ky|bao\s+cao|thuc\s+hien|(?:mot|0?1)\s+lan|va|hoac)${WORD_END}|[,;&/\-]`,
      'y',
    ),
    frequency: null,
  },
];

/** "trước ngày 15 hằng tháng" / "… của tháng cuối quý": occurrences due on a fixed day. */
const DUE_DAY =
  /\btruoc\s+ngay\s+(\d{1,2})\s+(?:cua\s+)?(?:(?:hang|moi)\s+)?thang(\s+cuoi\s+(?:(?:hang|moi)\s+)?quy)?\b/;

function readFrequencies(text: string): Frequency[] | null {
  const found = new Set<Frequency>();
  let pos = 0;
  while (pos < text.length) {
    if (text[pos] === ' ') {
      pos++;
      continue;
    }
    const hit = FREQUENCY_TOKENS.find(({ pattern }) => {
      pattern.lastIndex = pos;
      return pattern.test(text);
    });
    if (!hit) return null;
    pos = hit.pattern.lastIndex;
    if (hit.frequency) found.add(hit.frequency);
  }
  return FREQUENCIES.filter((f) => found.has(f));
}

export function readRecurring({ raw, folded, planYear }: Reading): RecurringTimeframe | null {
  let text = folded.replace(/(?:mot|0?1)\s+lan\s*\/\s*(?=tuan|thang|quy|nam)/g, 'hang ');
  let dueDay: number | undefined;
  let dueDayFrequency: Frequency | undefined;
  const due = DUE_DAY.exec(text);
  if (due) {
    dueDay = Number(due[1]);
    if (dueDay < 1 || dueDay > 31) return null;
    dueDayFrequency = due[2] === undefined ? 'monthly' : 'quarterly';
    text = text.replace(DUE_DAY, ' ');
  }
  const named = readFrequencies(text);
  if (!named) return null;
  const frequencies = dueDayFrequency
    ? FREQUENCIES.filter((f) => f === dueDayFrequency || named.includes(f))
    : named;
  const periodic = /\bdinh\s+ky\b|\b(?:hang|moi)\s/.test(text);
  if (frequencies.length === 0 && !periodic) return null;

  const schedule = frequencies.map((frequency) => ({
    frequency,
    dueDates: occurrenceDueDates(frequency, planYear, frequency === dueDayFrequency ? dueDay : undefined),
  }));
  return {
    kind: 'recurring',
    raw,
    year: planYear,
    frequency: frequencies[0] ?? null,
    frequencies,
    ...(dueDay === undefined ? {} : { dueDay }),
    schedule,
    dueDates: sortedUnique(schedule.flatMap((s) => s.dueDates)),
  };
}
