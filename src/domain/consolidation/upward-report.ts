import { type IsoDate, nextPeriod, parsePeriodCode } from '../calendar/index.js';
import type { Table } from '../documents/official-document.js';
import type { ReferencedDocument } from '../documents/decree-30.js';
import { Blocks } from './blocks.js';
import { type ReportDraft, domainTitle, roman } from './draft.js';
import type { ReportingShare, UnitShare } from './unit-shares.js';
import { type UnitRef, inSentence, labelOf } from './facts.js';
import { type UnitSubmission, domainKey } from './submission-text.js';
import { type FormIndicator, formFigures, reportingFigures } from './synthesis.js';
import {
  dataTable,
  indicatorSentence,
  reportingSentence,
  subjectOf,
  summaryTable,
  targetSentence,
} from './upward-figures.js';

export { type FormIndicator, figureValue, indicatorKind } from './synthesis.js';

export interface UpwardReportInput {
  /** The receiving unit: a ministry, a province. */
  unit: UnitRef;
  periodCode: string;
  today: IsoDate;
  /** Every unit expected to report, in the order they are listed. */
  contributors: readonly UnitRef[];
  /** Accepted reports of the period. */
  submissions: readonly UnitSubmission[];
  indicators: readonly FormIndicator[];
  domains: readonly string[];
  /** How the contributors are counted: "Sở", "tỉnh", "đơn vị". */
  unitNoun?: string;
  recipients?: readonly string[];
  /** The documents the report answers: "Căn cứ …". */
  basis?: readonly ReferencedDocument[];
}

export const HIGHLIGHTS_APPENDIX = 'appendix:highlights';
export const FIGURES_APPENDIX = 'appendix:figures';

/**
 * The x/N figures the report's sentences state, from the same counts: for the checks that read the
 * compiler's rewording of them.
 */
export function upwardShares(input: UpwardReportInput): { shares: UnitShare[]; reporting: ReportingShare } {
  const shares = formFigures(input.indicators, input.contributors, input.submissions).map((f) => ({
    id: f.indicator.id,
    label: subjectOf(f.indicator.content),
    part: f.kind === 'yesNo' ? f.yes.length : f.reported.length,
    total: f.total,
    aggregate: f.aggregate === null ? null : { ...f.aggregate, unit: f.unit },
  }));
  const { rates } = reportingFigures(input.contributors, input.submissions);
  return { shares, reporting: { received: rates.submitted, expected: rates.expected } };
}

/** The sentence of one indicator across the units (the body's paragraph). */
export function indicatorSummary(input: UpwardReportInput, indicator: FormIndicator): string {
  const [figures] = formFigures([indicator], input.contributors, input.submissions);
  return figures ? indicatorSentence(figures, input.unitNoun ?? 'đơn vị') : '';
}

/** Every unit's figure, one sheet per domain, for the XLSX (the draft keeps only the aggregates). */
export function upwardDataTables(input: UpwardReportInput): Table[] {
  const figures = formFigures(input.indicators, input.contributors, input.submissions);
  return reportDomains(input).flatMap((domain) => {
    const own = figures.filter((f) => sameDomain(f.indicator.domain, domain));
    return own.length === 0 ? [] : [dataTable(domainLabel(domain), input.contributors, own)];
  });
}

const sameDomain = (a: string | null, b: string | null) =>
  a === null || b === null ? a === b : domainKey(a) === domainKey(b);
const domainLabel = (domain: string | null) => (domain === null ? 'chung' : domain);

function reportDomains(input: UpwardReportInput): (string | null)[] {
  const domains: string[] = [];
  for (const d of [...input.domains, ...input.indicators.map((i) => i.domain)])
    if (d !== null && d.trim() !== '' && !domains.some((x) => domainKey(x) === domainKey(d))) domains.push(d);
  return [...domains, null];
}

/**
 * A report to the level above built from the units' reports, in the shape of seed 002: results by
 * domain with the data form summarised across units (sum, mean, median, the highest and lowest
 * unit, x/N yes and x/N meeting the target), the units' text grouped (a statement many units made
 * once, with their count and names), difficulties and proposals, next period's tasks, who reported
 * on time, late or not at all, the units' highlights in an annex and a summary table per domain.
 */
export function buildUpwardReport(input: UpwardReportInput): ReportDraft {
  const period = parsePeriodCode(input.periodCode);
  const label = inSentence(labelOf(period.code));
  const nextLabel = inSentence(labelOf(nextPeriod(period).code));
  const noun = input.unitNoun ?? 'đơn vị';
  const domains = reportDomains(input).filter((d): d is string => d !== null);
  const figures = formFigures(input.indicators, input.contributors, input.submissions);
  const reportingFacts = reportingFigures(input.contributors, input.submissions);
  const reporting = reportingFacts.received;
  const b = new Blocks(input.submissions, noun);

  b.basis(input.basis);
  b.add('intro', 'Phần mở đầu', {
    kind: 'paragraph',
    text: `Trên cơ sở báo cáo của ${reporting.length}/${input.contributors.length} ${noun}, ${input.unit.name} tổng hợp kết quả ${label} và nhiệm vụ trọng tâm ${nextLabel}, như sau:`,
  });

  b.heading('heading:results', 'I.', 'KẾT QUẢ THỰC HIỆN', 1);
  b.fromUnits('results', null, domains, 'Mục I');
  const sections = [...domains, null];
  let d = 0;
  for (const domain of sections) {
    const indicators = figures.filter((f) => sameDomain(f.indicator.domain, domain));
    if (indicators.length === 0 && !b.has('results', domain, domains)) continue;
    if (domain === null && indicators.length === 0) continue;
    d += 1;
    const number = `${d}.`;
    const key = domainKey(domain);
    b.add(`heading:results:${key}`, `Mục I.${d}`, {
      kind: 'heading',
      level: 2,
      text: `${number} ${domain === null ? 'Chỉ tiêu chung' : domainTitle(domain)}`,
    });
    for (const f of indicators) {
      b.add(`indicator:${f.indicator.id}`, `Mục I.${d}`, {
        kind: 'paragraph',
        text: indicatorSentence(f, noun),
      });
      const target = targetSentence(f, noun);
      if (target !== null)
        b.add(`indicator:${f.indicator.id}:target`, `Mục I.${d}`, { kind: 'paragraph', text: target });
    }
    if (domain !== null) b.fromUnits('results', domain, domains, `Mục I.${d}`);
  }

  const partSection = (part: 'difficulties' | 'solutions' | 'nextTasks', n: number, title: string) => {
    b.heading(`heading:${part}`, `${roman(n)}.`, title, 1);
    let added = b.fromUnits(part, null, domains, `Mục ${roman(n)}`);
    domains.forEach((domain) => {
      if (!b.has(part, domain, domains)) return;
      b.add(`heading:${part}:${domainKey(domain)}`, `Mục ${roman(n)}`, {
        kind: 'heading',
        level: 2,
        text: `Lĩnh vực ${domain}`,
      });
      added += b.fromUnits(part, domain, domains, `Mục ${roman(n)}`);
    });
    if (added === 0)
      b.add(`${part}:none`, `Mục ${roman(n)}`, {
        kind: 'paragraph',
        text: `Các ${noun} chưa báo cáo nội dung này.`,
      });
  };
  partSection('difficulties', 2, 'KHÓ KHĂN, VƯỚNG MẮC');
  partSection('solutions', 3, 'GIẢI PHÁP, KIẾN NGHỊ');
  partSection('nextTasks', 4, `NHIỆM VỤ TRỌNG TÂM ${nextLabel.toUpperCase()}`);

  b.heading('heading:reporting', `${roman(5)}.`, 'TÌNH HÌNH GỬI BÁO CÁO', 1);
  b.add('missing-units', 'Mục V', {
    kind: 'paragraph',
    text: reportingSentence(reportingFacts, noun),
  });

  const h = b.annexByUnit('highlights', 'Phụ lục I', HIGHLIGHTS_APPENDIX);
  if (h === 0)
    b.add(
      'annex:none',
      'Phụ lục I',
      { kind: 'paragraph', text: `Các ${noun} chưa báo cáo hoạt động nổi bật.` },
      HIGHLIGHTS_APPENDIX,
    );
  // One summary table per domain; every unit's figure goes to the XLSX (upwardDataTables).
  for (const domain of [...domains, null]) {
    const own = figures.filter((f) => sameDomain(f.indicator.domain, domain));
    if (own.length === 0) continue;
    const title = domain === null ? 'Chỉ tiêu chung' : domainTitle(domain);
    b.add(
      `figures:${domainKey(domain)}`,
      'Phụ lục II',
      { kind: 'heading', level: 3, text: title },
      FIGURES_APPENDIX,
    );
    b.add(
      `figures-table:${domainKey(domain)}`,
      'Phụ lục II',
      { kind: 'table', table: summaryTable(domainLabel(domain), own) },
      FIGURES_APPENDIX,
    );
  }

  return {
    kind: 'upward',
    periodCode: period.code,
    summary: `Tổng hợp kết quả ${label} và nhiệm vụ trọng tâm ${nextLabel}`,
    blocks: b.list,
    appendices: [
      {
        id: HIGHLIGHTS_APPENDIX,
        label: 'Phụ lục I',
        title: `Hoạt động nổi bật của các ${noun}`,
        landscape: false,
      },
      ...(input.indicators.length > 0
        ? [
            {
              id: FIGURES_APPENDIX,
              label: 'Phụ lục II',
              title: 'Số liệu tổng hợp theo lĩnh vực',
              landscape: true,
            },
          ]
        : []),
    ],
    recipients: [...(input.recipients ?? ['Lãnh đạo', 'Lưu: VT'])],
    removed: [],
    completion: null,
    builtOn: input.today,
  };
}
