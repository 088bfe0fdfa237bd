import type { RichDoc, TextRun } from '../rich-text/index.js';
import { domainKey as catalogueKey } from '../plans/domain-catalogue.js';
import type { DraftContent } from './draft.js';

/** One unit's accepted report for the period: its sections as rich text and its figures. */
export interface UnitSubmission {
  unit: { id: string; name: string };
  sections: Readonly<Record<string, RichDoc>>;
  /** {indicatorItemId: figure} as the data form was filled in. */
  data?: Readonly<Record<string, SubmittedFigure>>;
  /** Sent by the deadline or after it (domain/reporting `submissionStatus`); unknown counts as on time. */
  timeliness?: 'onTime' | 'late';
}

export interface SubmittedFigure {
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  note?: string | null;
}

/** The parts of a report a consolidation draws on, and the outline keys units may have written them under. */
export type ReportPart = 'highlights' | 'results' | 'difficulties' | 'solutions' | 'nextTasks';

const PART_KEYS: Record<ReportPart, readonly string[]> = {
  highlights: ['highlights', 'noiBat', 'hoatDongNoiBat'],
  results: ['results', 'ketQua'],
  difficulties: ['difficulties', 'khoKhan'],
  solutions: ['proposals', 'solutions', 'giaiPhap', 'kienNghi'],
  nextTasks: ['nextTasks', 'nhiemVuKyToi'],
};

/**
 * A key per domain that survives spelling drift, the plan's domain catalogue's own key: "Bưu
 * chính", "bưu  chính" and "LĨNH VỰC BƯU CHÍNH" share one.
 */
export function domainKey(domain: string | null): string {
  if (domain === null) return 'chung';
  return (
    catalogueKey(domain)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'chung'
  );
}

export interface DomainText {
  /** One of the known domains, or null for text that names none. */
  domain: string | null;
  contents: DraftContent[];
}

const runsText = (runs: readonly TextRun[]) =>
  runs
    .map((r) => r.text)
    .join('')
    .trim();

/** The known domain a heading names ("2.2. Về Bưu chính", "Lĩnh vực Viễn thông"), the longest match winning. */
export function domainNamedBy(heading: string, domains: readonly string[]): string | null {
  const folded = ` ${catalogueKey(heading)} `;
  let best: string | null = null;
  for (const domain of domains) {
    const d = catalogueKey(domain);
    if (d !== '' && folded.includes(` ${d} `) && (best === null || d.length > catalogueKey(best).length))
      best = domain;
  }
  return best;
}

function push(out: DomainText[], domain: string | null, content: DraftContent): void {
  const last = out.at(-1);
  if (last && last.domain === domain) last.contents.push(content);
  else out.push({ domain, contents: [content] });
}

/**
 * A section's text split by the domains its headings name. Units write one "Kết quả thực hiện"
 * with a heading per lĩnh vực, or one section per domain keyed `results:<domain>`; both land in the
 * same buckets. Headings that name no domain are kept as paragraphs of the text around them.
 */
export function sectionByDomain(
  submission: UnitSubmission,
  part: ReportPart,
  domains: readonly string[],
): DomainText[] {
  const out: DomainText[] = [];
  for (const [key, doc] of Object.entries(submission.sections)) {
    const [base, ...rest] = key.split(':');
    if (base === undefined || !PART_KEYS[part].includes(base)) continue;
    const keyed = rest.length > 0 ? domainNamedBy(rest.join(':'), domains) : null;
    let current: string | null = keyed;
    for (const block of doc.blocks) {
      if (block.type === 'heading') {
        const named = domainNamedBy(runsText(block.children), domains);
        if (named !== null) {
          current = named;
          continue;
        }
        const text = runsText(block.children);
        if (text !== '') push(out, current, { kind: 'paragraph', text });
        continue;
      }
      if (block.type === 'paragraph') {
        const text = runsText(block.children);
        if (text !== '') push(out, current, { kind: 'paragraph', text });
        continue;
      }
      const items = block.items.map(runsText).filter((t) => t !== '');
      if (items.length > 0) push(out, current, { kind: 'list', items });
    }
  }
  return merge(out);
}

/** One bucket per domain, in the order domains first appear. */
function merge(parts: readonly DomainText[]): DomainText[] {
  const out: DomainText[] = [];
  for (const part of parts) {
    const same = out.find((o) => o.domain === part.domain);
    if (same) same.contents.push(...part.contents);
    else out.push({ domain: part.domain, contents: [...part.contents] });
  }
  return out;
}
