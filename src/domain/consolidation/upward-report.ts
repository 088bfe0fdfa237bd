import { type IsoDate, nextPeriod, parsePeriodCode } from '../calendar/index.js';
import type { Table, TableRow } from '../documents/official-document.js';
import type { ReferencedDocument } from '../documents/decree-30.js';
import type { TargetUnit } from '../targets/index.js';
import { formatValue } from '../tracking/format.js';
import { Blocks } from './blocks.js';
import { type ReportDraft, domainTitle, roman } from './draft.js';
import type { ReportingShare, UnitShare } from './unit-shares.js';
import { type UnitRef, inSentence, labelOf } from './facts.js';
import { type SubmittedFigure, type UnitSubmission, domainKey } from './submission-text.js';

/** An indicator of the data form the contributing units fill in. */
export interface FormIndicator {
  id: string;
  content: string;
  domain: string | null;
  unit: TargetUnit | null;
  /** Yes/no ("đã ban hành …") or a figure; inferred from the values when not given. */
  kind?: 'yesNo' | 'numeric';
}

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

/** The figure a unit reported, a share computed from its counts when only those were given. */
export function figureValue(figure: SubmittedFigure | undefined): number | null {
  if (!figure) return null;
  if (typeof figure.value === 'number' && Number.isFinite(figure.value)) return figure.value;
  const { numerator, denominator } = figure;
  if (typeof numerator === 'number' && typeof denominator === 'number' && denominator > 0)
    return Math.round((numerator / denominator) * 1000) / 10;
  return null;
}

/** Yes/no when the form says so, or when it sets no unit and every answer is 0 or 1. */
export function indicatorKind(indicator: FormIndicator, values: readonly number[]): 'yesNo' | 'numeric' {
  if (indicator.kind) return indicator.kind;
  if (indicator.unit !== null) return 'numeric';
  return values.length > 0 && values.every((v) => v === 0 || v === 1) ? 'yesNo' : 'numeric';
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const names = (units: readonly UnitRef[]) => units.map((u) => u.name).join(', ');

interface Answers {
  reported: { unit: UnitRef; value: number }[];
  silent: UnitRef[];
}

function answers(input: UpwardReportInput, indicatorId: string): Answers {
  const byUnit = new Map(input.submissions.map((s) => [s.unit.id, s]));
  const out: Answers = { reported: [], silent: [] };
  for (const unit of input.contributors) {
    const value = figureValue(byUnit.get(unit.id)?.data?.[indicatorId]);
    if (value === null) out.silent.push(unit);
    else out.reported.push({ unit, value });
  }
  return out;
}

/**
 * What the units' figures add up to: the sum of counts, the average of rates (one decimal), the
 * same in the sentence and in the table's "Tổng cộng" / "Bình quân" row.
 */
function aggregate(
  reported: readonly { value: number }[],
  unit: TargetUnit,
): { kind: 'sum' | 'average'; value: number } {
  const sum = reported.reduce((a, r) => a + r.value, 0);
  return unit === 'percent'
    ? { kind: 'average', value: Math.round((sum / reported.length) * 10) / 10 }
    : { kind: 'sum', value: sum };
}

/**
 * "59/63 Sở đã ban hành kế hoạch …; còn 4 Sở chưa ban hành: …" for a yes/no indicator, or the
 * sum (the average for rates) with each unit's figure for a numeric one; the units that gave no
 * figure are named either way.
 */
export function indicatorSummary(input: UpwardReportInput, indicator: FormIndicator): string {
  const noun = input.unitNoun ?? 'đơn vị';
  const { reported, silent } = answers(input, indicator.id);
  const total = input.contributors.length;
  const subject = indicator.content.trim().replace(/[.;:]\s*$/, '');
  const tail = silent.length > 0 ? `; ${silent.length} ${noun} chưa báo cáo: ${names(silent)}` : '';
  if (
    indicatorKind(
      indicator,
      reported.map((r) => r.value),
    ) === 'yesNo'
  ) {
    const yes = reported.filter((r) => r.value === 1).map((r) => r.unit);
    const no = reported.filter((r) => r.value !== 1).map((r) => r.unit);
    const done = /^đã /i.test(subject) ? lowerFirst(subject) : `đã ${lowerFirst(subject)}`;
    const rest = no.length > 0 ? `; còn ${no.length} ${noun} chưa thực hiện: ${names(no)}` : '';
    return `${yes.length}/${total} ${noun} ${done}${rest}${tail}.`;
  }
  if (reported.length === 0) return `${subject}: chưa có ${noun} nào báo cáo số liệu.`;
  const unit = indicator.unit ?? 'count';
  const show = (v: number) => formatValue(v, unit);
  const breakdown = reported.map((r) => `${r.unit.name}: ${show(r.value)}`).join('; ');
  const overall = aggregate(reported, unit);
  const head = `${overall.kind === 'average' ? 'bình quân' : 'tổng cộng'} ${show(overall.value)}`;
  return `${subject}: ${head} (${breakdown}); ${reported.length}/${total} ${noun} có số liệu${tail}.`;
}

/**
 * The x/N figures the report's sentences state, from the same counts: for the checks that read the
 * compiler's rewording of them.
 */
export function upwardShares(input: UpwardReportInput): { shares: UnitShare[]; reporting: ReportingShare } {
  const shares = input.indicators.map((indicator) => {
    const { reported } = answers(input, indicator.id);
    const yesNo =
      indicatorKind(
        indicator,
        reported.map((r) => r.value),
      ) === 'yesNo';
    const unit = indicator.unit ?? 'count';
    return {
      id: indicator.id,
      label: indicator.content.trim().replace(/[.;:]\s*$/, ''),
      part: yesNo ? reported.filter((r) => r.value === 1).length : reported.length,
      total: input.contributors.length,
      aggregate: yesNo || reported.length === 0 ? null : { ...aggregate(reported, unit), unit },
    };
  });
  const received = input.contributors.filter((c) => input.submissions.some((s) => s.unit.id === c.id)).length;
  return { shares, reporting: { received, expected: input.contributors.length } };
}

function figuresTable(input: UpwardReportInput): Table {
  const rows: TableRow[] = [];
  input.indicators.forEach((indicator, i) => {
    rows.push({ kind: 'group', text: `${i + 1}. ${indicator.content}` });
    const { reported, silent } = answers(input, indicator.id);
    const yesNo =
      indicatorKind(
        indicator,
        reported.map((r) => r.value),
      ) === 'yesNo';
    let n = 0;
    const byUnit = new Map(reported.map((r) => [r.unit.id, r.value]));
    for (const unit of input.contributors) {
      n += 1;
      const value = byUnit.get(unit.id);
      const text =
        value === undefined
          ? 'Chưa báo cáo'
          : yesNo
            ? value === 1
              ? 'Có'
              : 'Chưa'
            : formatValue(value, indicator.unit ?? 'count');
      rows.push({ kind: 'data', cells: [String(n), unit.name, text] });
    }
    if (!yesNo && reported.length > 0) {
      const unit = indicator.unit ?? 'count';
      const total = aggregate(reported, unit);
      rows.push({
        kind: 'data',
        cells: ['', total.kind === 'average' ? 'Bình quân' : 'Tổng cộng', formatValue(total.value, unit)],
        bold: true,
        total: total.kind,
      });
    }
    if (silent.length === input.contributors.length && input.contributors.length === 0)
      rows.push({ kind: 'data', cells: ['', 'Không có đơn vị phải báo cáo', ''] });
  });
  return {
    name: 'Số liệu theo đơn vị',
    columns: [
      { title: 'STT', width: 8, align: 'center' },
      { title: 'Đơn vị', width: 52 },
      { title: 'Kết quả', width: 40 },
    ],
    rows,
  };
}

/**
 * A report to the level above built from the units' reports, in the shape of seed 002: results by
 * domain with the data form summarised across units, difficulties and proposals, next period's
 * tasks, who has not reported, and the units' highlights in an annex.
 */
export function buildUpwardReport(input: UpwardReportInput): ReportDraft {
  const period = parsePeriodCode(input.periodCode);
  const label = inSentence(labelOf(period.code));
  const nextLabel = inSentence(labelOf(nextPeriod(period).code));
  const noun = input.unitNoun ?? 'đơn vị';
  const domains: string[] = [];
  for (const d of [...input.domains, ...input.indicators.map((i) => i.domain)])
    if (d !== null && d.trim() !== '' && !domains.some((x) => domainKey(x) === domainKey(d))) domains.push(d);
  const reporting = input.contributors.filter((c) => input.submissions.some((s) => s.unit.id === c.id));
  const missing = input.contributors.filter((c) => !reporting.includes(c));
  const b = new Blocks(input.submissions);

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
    const indicators = input.indicators.filter((i) =>
      domain === null ? i.domain === null : i.domain !== null && domainKey(i.domain) === domainKey(domain),
    );
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
    for (const indicator of indicators)
      b.add(`indicator:${indicator.id}`, `Mục I.${d}`, {
        kind: 'paragraph',
        text: indicatorSummary(input, indicator),
      });
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
    text:
      missing.length === 0
        ? `Đã nhận đủ báo cáo của ${input.contributors.length}/${input.contributors.length} ${noun}.`
        : `Đã nhận báo cáo của ${reporting.length}/${input.contributors.length} ${noun}; ${missing.length} ${noun} chưa gửi báo cáo: ${names(missing)}.`,
  });

  let h = 0;
  for (const unit of reporting) {
    if (!b.has('highlights', null, [])) break;
    const before = b.list.length;
    b.add(
      `annex:${unit.id}`,
      'Phụ lục I',
      { kind: 'heading', level: 3, text: `${h + 1}. ${unit.name}` },
      HIGHLIGHTS_APPENDIX,
    );
    const added = b.fromUnits('highlights', null, [], 'Phụ lục I', {
      only: unit.id,
      attributed: false,
      appendix: HIGHLIGHTS_APPENDIX,
    });
    if (added === 0) b.list.splice(before);
    else h += 1;
  }
  if (h === 0)
    b.add(
      'annex:none',
      'Phụ lục I',
      { kind: 'paragraph', text: `Các ${noun} chưa báo cáo hoạt động nổi bật.` },
      HIGHLIGHTS_APPENDIX,
    );
  if (input.indicators.length > 0)
    b.add('figures-table', 'Phụ lục II', { kind: 'table', table: figuresTable(input) }, FIGURES_APPENDIX);

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
              title: 'Số liệu tổng hợp theo đơn vị',
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
