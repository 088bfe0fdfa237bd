import { type ReferencedDocument, referenceText } from '../documents/decree-30.js';
import { type DraftBlock, type DraftContent, computed } from './draft.js';
import { type UnitText, mergeUnitTexts, sentenceStart } from './statements.js';
import {
  type DomainText,
  type ReportPart,
  type UnitSubmission,
  domainKey,
  sectionByDomain,
} from './submission-text.js';

/** Collects a draft's computed blocks in order; ids come from their sources, so they are stable. */
export class Blocks {
  readonly list: DraftBlock[] = [];

  constructor(
    private readonly submissions: readonly UnitSubmission[],
    /** How units are counted in "(40 Sở: …)". */
    private readonly noun = 'đơn vị',
  ) {}

  /** Every sentence the draft writes starts with a capital, whatever the label it starts from. */
  add(source: string, location: string, content: DraftContent, appendix: string | null = null): void {
    const capitalised: DraftContent =
      content.kind === 'paragraph'
        ? { ...content, text: sentenceStart(content.text) }
        : content.kind === 'list'
          ? { ...content, items: content.items.map(sentenceStart) }
          : content;
    this.list.push(computed(source, location, capitalised, appendix));
  }

  /** "Căn cứ Kế hoạch số 40/KH-STTTT ngày …;": the documents the report answers, before its opening sentence. */
  basis(documents: readonly ReferencedDocument[] = []): void {
    documents.forEach((doc, i) =>
      this.add(`basis:${i + 1}`, 'Phần mở đầu', { kind: 'paragraph', text: `Căn cứ ${referenceText(doc)};` }),
    );
  }

  heading(
    source: string,
    number: string,
    text: string,
    level: 1 | 2 | 3,
    appendix: string | null = null,
  ): void {
    const location = appendix === null ? `Mục ${number.replace(/\.$/, '')}` : number;
    this.add(source, location, { kind: 'heading', level, text: `${number} ${text}` }, appendix);
  }

  // Each unit's text split by domain, once per part: 441 units are asked about again and again.
  private readonly split = new Map<string, DomainText[][]>();

  private buckets(part: ReportPart, domains: readonly string[]): DomainText[][] {
    const key = `${part}|${domains.join('|')}`;
    let found = this.split.get(key);
    if (!found) {
      found = this.submissions.map((s) => sectionByDomain(s, part, domains));
      this.split.set(key, found);
    }
    return found;
  }

  /** Whether any unit wrote something for this part and domain. */
  has(part: ReportPart, domain: string | null, domains: readonly string[]): boolean {
    return this.buckets(part, domains).some((b) => b.some((x) => x.domain === domain));
  }

  /**
   * The units' text for a part and domain, one block per paragraph or list, each statement once
   * with the units that made it in parentheses ("(Phòng A, Phòng B)"), unless `attributed` is false.
   */
  fromUnits(
    part: ReportPart,
    domain: string | null,
    domains: readonly string[],
    location: string,
    options: { only?: string; attributed?: boolean; appendix?: string | null } = {},
  ): number {
    const texts: UnitText[] = [];
    const split = this.buckets(part, domains);
    for (const [i, submission] of this.submissions.entries()) {
      if (options.only !== undefined && submission.unit.id !== options.only) continue;
      const bucket = split[i]?.find((b) => b.domain === domain);
      if (bucket) texts.push({ unit: submission.unit, contents: bucket.contents });
    }
    const merged = mergeUnitTexts(texts, options.attributed !== false, this.noun);
    for (const { unitId, index, content } of merged)
      this.add(
        `submission:${unitId}:${part}:${domainKey(domain)}:${index}`,
        location,
        content,
        options.appendix ?? null,
      );
    return merged.length;
  }
}
