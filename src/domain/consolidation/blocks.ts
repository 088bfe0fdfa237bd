import { type ReferencedDocument, referenceText } from '../documents/decree-30.js';
import { type DraftBlock, type DraftContent, computed } from './draft.js';
import { StatementIndex, type UnitText, mergeUnitTexts, sentenceStart } from './statements.js';
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
      found = toDomains(this.submissions.map((s) => once(sectionByDomain(s, part, domains))));
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
    options: { only?: string; attributed?: boolean | 'shared'; appendix?: string | null } = {},
  ): number {
    const texts: UnitText[] = [];
    const split = this.buckets(part, domains);
    for (const [i, submission] of this.submissions.entries()) {
      if (options.only !== undefined && submission.unit.id !== options.only) continue;
      const bucket = split[i]?.find((b) => b.domain === domain);
      if (bucket) texts.push({ unit: submission.unit, contents: bucket.contents });
    }
    const merged = mergeUnitTexts(texts, options.attributed ?? true, this.noun);
    for (const { unitId, index, content } of merged)
      this.add(
        `submission:${unitId}:${part}:${domainKey(domain)}:${index}`,
        location,
        content,
        options.appendix ?? null,
      );
    return merged.length;
  }

  /**
   * An annex with a numbered heading per unit and what it wrote (seed 002's Phụ lục): a statement
   * several units made is written once, under the first, naming them all. Returns the units listed.
   */
  annexByUnit(part: ReportPart, location: string, appendix: string): number {
    const split = this.buckets(part, []);
    const texts: UnitText[] = this.submissions.flatMap((submission, i) => {
      const bucket = split[i]?.find((b) => b.domain === null);
      return bucket ? [{ unit: submission.unit, contents: bucket.contents }] : [];
    });
    const merged = mergeUnitTexts(texts, 'shared', this.noun);
    let n = 0;
    for (const { unit } of texts) {
      const own = merged.filter((m) => m.unitId === unit.id);
      if (own.length === 0) continue;
      n += 1;
      this.add(
        `annex:${unit.id}`,
        location,
        { kind: 'heading', level: 3, text: `${n}. ${unit.name}` },
        appendix,
      );
      for (const { index, content } of own)
        this.add(`submission:${unit.id}:${part}:chung:${index}`, location, content, appendix);
    }
    return n;
  }
}

/**
 * A unit that wrote the same statement under two headings (a domain the report follows and one it
 * does not) says it once: in the report's domain, else where it first wrote it.
 */
function once(buckets: DomainText[]): DomainText[] {
  const index = new StatementIndex<true>();
  const ordered = [...buckets.filter((b) => b.domain !== null), ...buckets.filter((b) => b.domain === null)];
  const keep = (text: string) => {
    if (index.find(text)) return false;
    index.add(text, true);
    return true;
  };
  for (const bucket of ordered)
    bucket.contents = bucket.contents.flatMap((content): DraftContent[] => {
      if (content.kind === 'paragraph' || content.kind === 'heading')
        return keep(content.text) ? [content] : [];
      if (content.kind !== 'list') return [content];
      const items = content.items.filter(keep);
      return items.length > 0 ? [{ ...content, items }] : [];
    });
  return buckets.filter((b) => b.contents.length > 0);
}

/**
 * A statement one unit wrote under a domain and another under no domain the report follows is one
 * statement: it moves to that domain, so the report writes it once with all its units.
 */
function toDomains(units: DomainText[][]): DomainText[][] {
  const index = new StatementIndex<string>();
  const texts = (c: DraftContent) =>
    c.kind === 'paragraph' || c.kind === 'heading' ? [c.text] : c.kind === 'list' ? c.items : [];
  for (const buckets of units)
    for (const bucket of buckets)
      if (bucket.domain !== null)
        for (const c of bucket.contents) for (const t of texts(c)) index.add(t, bucket.domain);
  return units.map((buckets) => {
    const general = buckets.find((b) => b.domain === null);
    if (!general) return buckets;
    const moved = new Map<string, DraftContent[]>();
    const move = (domain: string, content: DraftContent) =>
      moved.set(domain, [...(moved.get(domain) ?? []), content]);
    general.contents = general.contents.flatMap((content): DraftContent[] => {
      if (content.kind === 'paragraph' || content.kind === 'heading') {
        const domain = index.find(content.text);
        if (domain === undefined) return [content];
        move(domain, { kind: 'paragraph', text: content.text });
        return [];
      }
      if (content.kind !== 'list') return [content];
      const items = content.items.filter((item) => {
        const domain = index.find(item);
        if (domain !== undefined) move(domain, { kind: 'list', items: [item] });
        return domain === undefined;
      });
      return items.length > 0 ? [{ ...content, items }] : [];
    });
    const out = buckets.filter((b) => b.contents.length > 0);
    for (const [domain, contents] of moved) {
      const bucket = out.find((b) => b.domain === domain);
      if (bucket) bucket.contents.push(...contents);
      else out.push({ domain, contents });
    }
    return out;
  });
}
