import { type ReferencedDocument, referenceText } from '../documents/decree-30.js';
import { type DraftBlock, type DraftContent, computed } from './draft.js';
import {
  type ReportPart,
  type UnitSubmission,
  attribute,
  domainKey,
  sectionByDomain,
} from './submission-text.js';

/** Collects a draft's computed blocks in order; ids come from their sources, so they are stable. */
export class Blocks {
  readonly list: DraftBlock[] = [];

  constructor(private readonly submissions: readonly UnitSubmission[]) {}

  add(source: string, location: string, content: DraftContent, appendix: string | null = null): void {
    this.list.push(computed(source, location, content, appendix));
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

  /** Whether any unit wrote something for this part and domain. */
  has(part: ReportPart, domain: string | null, domains: readonly string[]): boolean {
    return this.submissions.some((s) => sectionByDomain(s, part, domains).some((x) => x.domain === domain));
  }

  /** One block per paragraph or list of each unit's text, attributed "(Phòng …)" unless `attributed` is false. */
  fromUnits(
    part: ReportPart,
    domain: string | null,
    domains: readonly string[],
    location: string,
    options: { only?: string; attributed?: boolean; appendix?: string | null } = {},
  ): number {
    let added = 0;
    for (const submission of this.submissions) {
      if (options.only !== undefined && submission.unit.id !== options.only) continue;
      const bucket = sectionByDomain(submission, part, domains).find((b) => b.domain === domain);
      if (!bucket) continue;
      const contents =
        options.attributed === false ? bucket.contents : attribute(bucket.contents, submission.unit.name);
      contents.forEach((content, i) => {
        this.add(
          `submission:${submission.unit.id}:${part}:${domainKey(domain)}:${i + 1}`,
          location,
          content,
          options.appendix ?? null,
        );
        added += 1;
      });
    }
    return added;
  }
}
