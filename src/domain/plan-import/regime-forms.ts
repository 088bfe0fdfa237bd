import { frequencyOf, parseDeadline } from './regime-deadline.js';
import { collapseSpaces, foldChars, foldVietnamese } from './text.js';
import type { ParsedReportRegime, RegimeFrequency } from './types.js';

/**
 * Reporting regimes written other than as seed 003's bullets: one sentence listing every period with its
 * deadline and a recipient for all ("Báo cáo tuần trước 16 giờ thứ Sáu; báo cáo tháng trước ngày 20; quý
 * trước ngày 18 tháng cuối quý; …, gửi Phòng KH-TC"), and a table with a row per report.
 */

const UNIT_START = '(?:Phòng|Văn phòng|Ban|Sở|Trung tâm|UBND|Ủy ban|Bộ|Vụ|Cục|Thanh tra)';
const SENT_TO = new RegExp(
  `(?:^|[\\s,;])[Gg]ửi\\s+(?:về\\s+|đến\\s+|cho\\s+)?(${UNIT_START}[^,;:.()]*)`,
  'u',
);
// A clause: optional "báo cáo" / "định kỳ", the period, then the deadline ("trước …", "chậm nhất …").
const CLAUSE =
  /^(?:(?:che do\s+)?bao cao\s+)?(?:dinh ky\s+)?((?:hang\s+|moi\s+)?(?:tuan|thang|quy|0?6\s+thang|sau\s+thang|0?9\s+thang|nam))\s*[:,-]?\s+((?:truoc|cham nhat|han|vao|gui truoc)\b.*)$/;

const REGIME_NAMES: Record<RegimeFrequency, string> = {
  weekly: 'Báo cáo tuần',
  monthly: 'Báo cáo tháng',
  quarterly: 'Báo cáo quý',
  semiannual: 'Báo cáo 6 tháng',
  nineMonths: 'Báo cáo 9 tháng',
  annual: 'Báo cáo năm',
};

/** Regimes of one sentence listing two or more periods; [] when the text is not such a sentence. */
export function parseRegimeSentence(text: string): ParsedReportRegime[] {
  const sentence = collapseSpaces(text.normalize('NFC'));
  const sent = SENT_TO.exec(sentence);
  const recipient = sent?.[1] === undefined ? null : collapseSpaces(sent[1]);
  const body =
    sent === null ? sentence : sentence.slice(0, sent.index) + sentence.slice(sent.index + sent[0].length);
  // An introduction ending in ":" ("… chế độ báo cáo như sau:") is not a clause.
  const colon = body.indexOf(':');
  const list = colon >= 0 && !/\d$/.test(body.slice(0, colon)) ? body.slice(colon + 1) : body;
  const regimes: ParsedReportRegime[] = [];
  for (const piece of list.split(';')) {
    const clause = collapseSpaces(piece).replace(/[.,;]+$/, '');
    const match = CLAUSE.exec(foldChars(clause));
    const period = match?.[1];
    const deadlineText = match?.[2];
    if (period === undefined || deadlineText === undefined) continue;
    const frequency = frequencyOf(period);
    if (frequency === null) continue;
    // foldChars keeps indices, so the deadline is cut from the original wording.
    const raw = clause.slice(clause.length - deadlineText.length);
    regimes.push({
      name: REGIME_NAMES[frequency],
      frequency,
      deadline: parseDeadline(raw, frequency),
      recipient,
      sourceText: sentence,
    });
  }
  return regimes.length >= 2 ? regimes : [];
}

type RegimeColumn = 'name' | 'deadline' | 'recipient';

const REGIME_HEADERS: [RegExp, RegimeColumn][] = [
  [/\b(?:thoi han|thoi gian|han gui|ngay gui|han nop)\b/, 'deadline'],
  [/\b(?:noi nhan|gui ve|don vi nhan|co quan nhan|gui den)\b/, 'recipient'],
  [/\b(?:loai bao cao|ten bao cao|bao cao|ky bao cao)\b/, 'name'],
];

/** Regimes of a table whose header names the report, its deadline and (optionally) its recipient. */
export function parseRegimeTable(rows: readonly (readonly string[])[]): ParsedReportRegime[] | null {
  const [header, ...body] = rows;
  if (header === undefined) return null;
  const columns = header.map((cell) => {
    const folded = foldVietnamese(cell);
    return REGIME_HEADERS.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
  });
  const name = columns.indexOf('name');
  const deadline = columns.indexOf('deadline');
  if (name < 0 || deadline < 0) return null;
  const recipient = columns.indexOf('recipient');
  const regimes: ParsedReportRegime[] = [];
  for (const row of body) {
    const title = collapseSpaces(row[name] ?? '');
    const frequency = frequencyOf(title);
    const raw = collapseSpaces(row[deadline] ?? '').replace(/[.;]+$/, '');
    if (frequency === null || raw === '') continue;
    const to = recipient < 0 ? '' : collapseSpaces(row[recipient] ?? '');
    regimes.push({
      name: title,
      frequency,
      deadline: parseDeadline(raw, frequency),
      recipient: to === '' ? null : to,
      sourceText: row
        .map(collapseSpaces)
        .filter((c) => c !== '')
        .join(' | '),
    });
  }
  return regimes.length > 0 ? regimes : null;
}
