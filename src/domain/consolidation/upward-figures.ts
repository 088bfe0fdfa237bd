import type { Table, TableRow } from '../documents/official-document.js';
import { formatNumber, formatValue } from '../tracking/format.js';
import type { UnitRef } from './facts.js';
import type { IndicatorFigures, ReportingFigures, UnitValue } from './synthesis.js';

// The sentences and tables of the upward report, each written from the figures of synthesis.ts:
// "59/63 Sở đã ban hành …", "45/63 Sở đạt chỉ tiêu ≥ 50%", "Đã nhận báo cáo của 61/63 Sở …".

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const names = (units: readonly UnitRef[]) => units.map((u) => u.name).join(', ');

/** Up to this many units are named in an indicator's sentence; beyond, the data tables list them. */
export const NAMED_MAX = 10;
/** "…: Sở A, Sở B" for a few units; for many, where to find them (seed 002 puts such lists in a footnote). */
const few = (units: readonly UnitRef[]) =>
  units.length <= NAMED_MAX ? `: ${names(units)}` : ' (danh sách tại bảng số liệu kèm theo)';
export const subjectOf = (content: string) => content.trim().replace(/[.;:]\s*$/, '');

/** Up to this many figures the sentence gives every unit's; beyond, the five highest and lowest. */
const BREAKDOWN_MAX = 10;

const show = (f: IndicatorFigures, v: number) => formatValue(v, f.unit);
const ranked = (f: IndicatorFigures, list: readonly UnitValue[]) =>
  list.map((r) => `${r.unit.name} (${show(f, r.value)})`).join(', ');

/**
 * "59/63 Sở đã ban hành kế hoạch …; còn 4 Sở chưa thực hiện: …" for a yes/no indicator; for a
 * figure, the sum (the mean for rates), mean and median, the highest and lowest unit named, and
 * every unit's figure or the five highest and lowest. Units that gave no figure are named.
 */
export function indicatorSentence(f: IndicatorFigures, noun: string): string {
  const subject = subjectOf(f.indicator.content);
  const tail = f.silent.length > 0 ? `; ${f.silent.length} ${noun} chưa báo cáo${few(f.silent)}` : '';
  if (f.kind === 'yesNo') {
    const done = /^đã /i.test(subject) ? lowerFirst(subject) : `đã ${lowerFirst(subject)}`;
    const rest = f.no.length > 0 ? `; còn ${f.no.length} ${noun} chưa thực hiện${few(f.no)}` : '';
    return `${f.yes.length}/${f.total} ${noun} ${done}${rest}${tail}.`;
  }
  if (f.aggregate === null) return `${subject}: chưa có ${noun} nào báo cáo số liệu.`;
  const head =
    f.aggregate.kind === 'sum'
      ? `tổng cộng ${show(f, f.aggregate.value)}`
      : `bình quân ${show(f, f.aggregate.value)}`;
  const detail =
    f.reported.length <= BREAKDOWN_MAX
      ? ` (${f.reported.map((r) => `${r.unit.name}: ${show(f, r.value)}`).join('; ')})`
      : '';
  const centre = [
    ...(f.aggregate.kind === 'sum' ? [`bình quân mỗi ${noun} ${show(f, f.mean ?? 0)}`] : []),
    `trung vị ${show(f, f.median ?? 0)}`,
  ].join(', ');
  const spread =
    f.max && f.min && f.reported.length > 1
      ? `; cao nhất ${f.max.unit.name} (${show(f, f.max.value)}), thấp nhất ${f.min.unit.name} (${show(f, f.min.value)})`
      : '';
  const ranks =
    f.reported.length > BREAKDOWN_MAX
      ? `; 5 ${noun} cao nhất: ${ranked(f, f.top)}; 5 ${noun} thấp nhất: ${ranked(f, f.bottom)}`
      : '';
  return `${subject}: ${head}${detail}; ${centre}${spread}${ranks}; ${f.reported.length}/${f.total} ${noun} có số liệu${tail}.`;
}

/** "45/63 Sở đạt chỉ tiêu ≥ 50%; 16 Sở chưa đạt: …": each unit's own figure against the plan's target. */
export function targetSentence(f: IndicatorFigures, noun: string): string | null {
  if (f.target === null || f.reported.length === 0) return null;
  const rest =
    f.target.notMet.length > 0 ? `; ${f.target.notMet.length} ${noun} chưa đạt${few(f.target.notMet)}` : '';
  return `${f.target.met.length}/${f.total} ${noun} đạt chỉ tiêu ${subjectOf(lowerFirst(f.indicator.content))} (${f.target.text})${rest}.`;
}

/** "Đã nhận báo cáo của 61/63 Sở, 58 Sở gửi đúng hạn; 3 Sở gửi muộn: …; 2 Sở chưa gửi báo cáo: …". */
export function reportingSentence(r: ReportingFigures, noun: string): string {
  const expected = r.rates.expected;
  if (r.missing.length === 0 && r.late.length === 0)
    return `Đã nhận đủ báo cáo của ${expected}/${expected} ${noun}, tất cả đúng hạn.`;
  const head =
    r.missing.length === 0
      ? `Đã nhận đủ báo cáo của ${expected}/${expected} ${noun}`
      : `Đã nhận báo cáo của ${r.received.length}/${expected} ${noun}`;
  const timely =
    r.late.length === 0
      ? ', tất cả đúng hạn'
      : r.onTime.length === 0
        ? `, không ${noun} nào gửi đúng hạn`
        : `, ${r.onTime.length} ${noun} gửi đúng hạn`;
  const late = r.late.length > 0 ? `; ${r.late.length} ${noun} gửi muộn: ${names(r.late)}` : '';
  const missing =
    r.missing.length > 0 ? `; ${r.missing.length} ${noun} chưa gửi báo cáo: ${names(r.missing)}` : '';
  return `${head}${timely}${late}${missing}.`;
}

const SUMMARY_COLUMNS: Table['columns'] = [
  { title: 'STT', width: 5, align: 'center' },
  { title: 'Chỉ tiêu', width: 25 },
  { title: 'Có số liệu', width: 8, align: 'center' },
  { title: 'Tổng cộng', width: 9, align: 'right' },
  { title: 'Bình quân', width: 8, align: 'right' },
  { title: 'Trung vị', width: 8, align: 'right' },
  { title: 'Cao nhất', width: 14 },
  { title: 'Thấp nhất', width: 14 },
  { title: 'Đạt chỉ tiêu / Có', width: 9, align: 'center' },
];

/** One row per indicator of a domain: the aggregates and the units that stand out, not every cell. */
export function summaryTable(title: string, figures: readonly IndicatorFigures[]): Table {
  const rows: TableRow[] = figures.map((f, i) => {
    const extreme = (r: UnitValue | null) => (r ? `${show(f, r.value)} (${r.unit.name})` : '');
    const met =
      f.kind === 'yesNo'
        ? `${f.yes.length}/${f.total}`
        : f.target && f.reported.length > 0
          ? `${f.target.met.length}/${f.total}`
          : '';
    return {
      kind: 'data',
      cells: [
        String(i + 1),
        subjectOf(f.indicator.content),
        `${f.reported.length}/${f.total}`,
        f.aggregate?.kind === 'sum' ? show(f, f.aggregate.value) : '',
        f.mean === null || f.kind === 'yesNo' ? '' : show(f, f.mean),
        f.median === null ? '' : show(f, f.median),
        extreme(f.max),
        extreme(f.min),
        met,
      ],
    };
  });
  return { name: `Tổng hợp ${title}`, columns: SUMMARY_COLUMNS, rows };
}

/**
 * Every unit's figure of a domain for the XLSX: units as rows, indicators as columns, numbers as
 * numbers (yes/no as 1 and 0), then a "Tổng cộng" and a "Bình quân" row that the sheet recomputes.
 */
export function dataTable(
  title: string,
  contributors: readonly UnitRef[],
  figures: readonly IndicatorFigures[],
): Table {
  const values = figures.map((f) => new Map(f.reported.map((r) => [r.unit.id, r.value])));
  const cell = (f: IndicatorFigures, v: number | null | undefined) =>
    v === null || v === undefined ? '' : f.kind === 'yesNo' ? formatNumber(v) : show(f, v);
  const rows: TableRow[] = contributors.map((unit, i) => ({
    kind: 'data',
    cells: [String(i + 1), unit.name, ...figures.map((f, j) => cell(f, values[j]?.get(unit.id)))],
  }));
  if (contributors.length > 0) {
    rows.push({
      kind: 'data',
      bold: true,
      total: 'sum',
      cells: ['', 'Tổng cộng', ...figures.map((f) => (f.unit === 'percent' ? '' : cell(f, f.sum)))],
    });
    rows.push({
      kind: 'data',
      bold: true,
      total: 'average',
      cells: ['', 'Bình quân', ...figures.map((f) => cell(f, f.mean))],
    });
  }
  return {
    name: `Số liệu ${title}`,
    columns: [
      { title: 'STT', width: 6, align: 'center' },
      { title: 'Đơn vị', width: 30 },
      ...figures.map((f) => ({ title: subjectOf(f.indicator.content), width: 14, align: 'right' as const })),
    ],
    rows,
  };
}
