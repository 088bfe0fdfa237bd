import type {
  ImportItem,
  ParsedTarget,
  PlanItemDetail,
  PlanItemKind,
  PlanUnitRef,
  Target,
  Timeframe,
  TimeframeKind,
} from '../api/types';
import { t } from '../i18n';
import { foldText } from './orgTree';

/** One raw unit wording of a lead/coordinator cell and the org unit it resolved to (null: unresolved). */
export interface UnitEntry {
  raw: string;
  unit: { id: string; code: string; label: string } | null;
}

/** One appendix row, the same shape for a stored plan and for an import preview. */
export interface PlanRow {
  key: string;
  /** Position in the plan (or the preview), from 0; edits of a preview refer to it. */
  index: number;
  kind: PlanItemKind;
  part: string | null;
  domain: string | null;
  domainIndex: string | null;
  ordinal: string | null;
  subOrdinal: number | null;
  /** The sub-row's printed label ("a" for "a)"), or null. */
  subLabel: string | null;
  /** What the STT column shows: the printed number, a running number for unnumbered rows, '' for sub-rows. */
  stt: string;
  content: string;
  output: string | null;
  lead: UnitEntry[];
  coordinators: UnitEntry[];
  timeframe: Timeframe;
  dueDate: string | null;
  target: ParsedTarget | null;
  warnings: string[];
}

export type WarningKind =
  | 'unmatchedUnit'
  | 'noLead'
  | 'unknownTimeframe'
  | 'blankTimeframe'
  | 'duplicateOrdinal'
  | 'unparsedTarget'
  | 'other';

export const WARNING_KINDS: readonly WarningKind[] = [
  'unmatchedUnit',
  'noLead',
  'unknownTimeframe',
  'blankTimeframe',
  'duplicateOrdinal',
  'unparsedTarget',
  'other',
];

export const TIMEFRAME_KINDS: readonly TimeframeKind[] = [
  'wholeYear',
  'continuous',
  'quarter',
  'month',
  'deadline',
  'recurring',
  'triggered',
  'unspecified',
  'unknown',
];

type RowInput = Omit<PlanRow, 'stt'>;

/** Rows without a printed STT (part A indicators) get a running number within their domain. */
function numbered(rows: RowInput[]): PlanRow[] {
  const counters = new Map<string, number>();
  return rows.map((row) => {
    if (row.subOrdinal !== null) return { ...row, stt: '' };
    if (row.ordinal) return { ...row, stt: row.ordinal };
    const group = `${row.part ?? row.kind}|${row.domainIndex ?? ''}|${row.domain ?? ''}`;
    const n = (counters.get(group) ?? 0) + 1;
    counters.set(group, n);
    return { ...row, stt: String(n) };
  });
}

function entriesFromRefs(raws: readonly string[], refs: readonly PlanUnitRef[]): UnitEntry[] {
  const toUnit = (ref: PlanUnitRef) => ({ id: ref.id, code: ref.code, label: ref.name });
  const entries = raws.map((raw) => {
    const ref = refs.find((r) => r.raw === raw);
    return { raw, unit: ref ? toUnit(ref) : null };
  });
  // A link whose wording is not in the cell any more still names a unit: show it rather than drop it.
  const extra = refs
    .filter((ref) => !raws.includes(ref.raw))
    .map((ref) => ({ raw: ref.raw, unit: toUnit(ref) }));
  return [...entries, ...extra];
}

export function rowsFromPlan(items: readonly PlanItemDetail[]): PlanRow[] {
  return numbered(
    items.map((item, index) => ({
      key: item.id,
      index,
      kind: item.kind,
      part: item.part,
      // The plan reads as the document wrote it; the catalogue's name is what reports group by.
      domain: item.domainHeading ?? item.domain,
      domainIndex: item.domainIndex,
      ordinal: item.ordinal,
      subOrdinal: item.subOrdinal,
      subLabel: item.subLabel,
      content: item.content,
      output: item.output,
      lead: entriesFromRefs(item.lead, item.leadUnits),
      coordinators: entriesFromRefs(item.coordinators, item.coordinatorUnits),
      timeframe: item.timeframe,
      dueDate: item.dueDate ?? item.timeframe.dueDates[0] ?? null,
      target: item.target,
      warnings: item.warnings,
    })),
  );
}

export interface UnitInfo {
  code: string;
  label: string;
}

function entriesFromIds(
  raws: readonly string[],
  ids: readonly (string | null)[],
  units: ReadonlyMap<string, UnitInfo>,
): UnitEntry[] {
  return raws.map((raw, i) => {
    const id = ids[i] ?? null;
    const unit = id ? units.get(id) : undefined;
    return { raw, unit: id ? { id, code: unit?.code ?? '', label: unit?.label ?? raw } : null };
  });
}

export function rowsFromImport(
  items: readonly ImportItem[],
  units: ReadonlyMap<string, UnitInfo>,
): PlanRow[] {
  return numbered(
    items.map((item, index) => ({
      key: String(index),
      index,
      kind: item.kind,
      part: item.part,
      domain: item.domain,
      domainIndex: item.domainIndex,
      ordinal: item.ordinal,
      subOrdinal: item.subOrdinal,
      subLabel: item.subLabel,
      content: item.content,
      output: item.output,
      lead: entriesFromIds(item.lead, item.leadUnitIds, units),
      coordinators: entriesFromIds(item.coordinators, item.coordinatorUnitIds, units),
      timeframe: item.timeframe,
      dueDate: item.timeframe.dueDates[0] ?? null,
      target: item.target,
      warnings: item.warnings,
    })),
  );
}

/** Keys of rows whose printed STT repeats an earlier one in the same part and domain (as the server flags). */
export function duplicateOrdinals(rows: readonly PlanRow[]): Set<string> {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const row of rows) {
    if (!row.ordinal || row.subOrdinal !== null) continue;
    const key = `${row.part ?? ''}|${row.domainIndex ?? ''}|${row.ordinal}`;
    if (seen.has(key)) duplicates.add(row.key);
    seen.add(key);
  }
  return duplicates;
}

/** What a row's warnings are about, read from the row itself rather than from the warning wording. */
export function warningKindsOf(row: PlanRow, duplicates: ReadonlySet<string>): WarningKind[] {
  const kinds: WarningKind[] = [];
  if ([...row.lead, ...row.coordinators].some((e) => !e.unit)) kinds.push('unmatchedUnit');
  if (row.lead.length === 0) kinds.push('noLead');
  if (row.timeframe.kind === 'unknown') kinds.push('unknownTimeframe');
  if (row.timeframe.kind === 'unspecified') kinds.push('blankTimeframe');
  if (duplicates.has(row.key)) kinds.push('duplicateOrdinal');
  if (row.target?.status === 'unparsed') kinds.push('unparsedTarget');
  if (kinds.length === 0 && row.warnings.length > 0) kinds.push('other');
  return kinds;
}

export function countWarningKinds(
  rows: readonly PlanRow[],
  duplicates: ReadonlySet<string>,
): Map<WarningKind, number> {
  const counts = new Map<WarningKind, number>();
  for (const row of rows) {
    for (const kind of warningKindsOf(row, duplicates)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return counts;
}

export interface RowFilter {
  text?: string;
  /** Rows where this unit leads or coordinates. */
  unitId?: string | undefined;
  timeframeKind?: TimeframeKind | undefined;
  warningsOnly?: boolean;
  warningKind?: WarningKind | undefined;
}

function searchableText(row: PlanRow): string {
  return foldText(
    [
      row.stt,
      row.content,
      row.output ?? '',
      row.timeframe.raw,
      ...[...row.lead, ...row.coordinators].flatMap((e) => [e.raw, e.unit?.label ?? '', e.unit?.code ?? '']),
    ].join(' '),
  );
}

export function filterRows(
  rows: readonly PlanRow[],
  filter: RowFilter,
  duplicates: ReadonlySet<string> = new Set(),
): PlanRow[] {
  const words = foldText(filter.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return rows.filter((row) => {
    if (filter.unitId && ![...row.lead, ...row.coordinators].some((e) => e.unit?.id === filter.unitId))
      return false;
    if (filter.timeframeKind && row.timeframe.kind !== filter.timeframeKind) return false;
    if (filter.warningsOnly && row.warnings.length === 0) return false;
    if (filter.warningKind && !warningKindsOf(row, duplicates).includes(filter.warningKind)) return false;
    if (words.length) {
      const haystack = searchableText(row);
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
}

export interface DomainGroup {
  key: string;
  domainIndex: string | null;
  domain: string | null;
  rows: PlanRow[];
}

export interface PartGroup {
  key: string;
  part: string | null;
  kind: PlanItemKind;
  domains: DomainGroup[];
  count: number;
}

/** Part (A. Chỉ tiêu / B. Nhiệm vụ) → domain (lĩnh vực) → rows, in document order. */
export function groupRows(rows: readonly PlanRow[]): PartGroup[] {
  const parts: PartGroup[] = [];
  for (const row of rows) {
    const partKey = row.part ?? row.kind;
    let part = parts.find((p) => p.key === partKey);
    if (!part) {
      part = { key: partKey, part: row.part, kind: row.kind, domains: [], count: 0 };
      parts.push(part);
    }
    const domainKey = `${partKey}|${row.domainIndex ?? ''}|${row.domain ?? ''}`;
    let domain = part.domains.find((d) => d.key === domainKey);
    if (!domain) {
      domain = { key: domainKey, domainIndex: row.domainIndex, domain: row.domain, rows: [] };
      part.domains.push(domain);
    }
    domain.rows.push(row);
    part.count++;
  }
  return parts;
}

export function partTitle(group: Pick<PartGroup, 'part' | 'kind'>): string {
  const label = t(`planItems.part.${group.kind}`);
  return group.part ? t('planItems.partTitle', { part: group.part, label }) : label;
}

export function domainTitle(group: Pick<DomainGroup, 'domainIndex' | 'domain'>): string {
  const name = group.domain ?? t('planDetail.noDomain');
  return group.domainIndex ? `${group.domainIndex}. ${name}` : name;
}

export interface UnitUse {
  id: string;
  code: string;
  label: string;
  count: number;
}

/** The units named in the rows (lead or coordinating), with how many rows name each, by label. */
export function unitsInRows(rows: readonly PlanRow[]): UnitUse[] {
  const uses = new Map<string, UnitUse>();
  for (const row of rows) {
    const ids = new Set<string>();
    for (const entry of [...row.lead, ...row.coordinators]) {
      if (!entry.unit || ids.has(entry.unit.id)) continue;
      ids.add(entry.unit.id);
      const use = uses.get(entry.unit.id) ?? { ...entry.unit, count: 0 };
      use.count++;
      uses.set(entry.unit.id, use);
    }
  }
  return [...uses.values()].sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

function withUnit(value: number, unit: Target['unit']): string {
  const n = numberFormat.format(value);
  switch (unit) {
    case 'percent':
      return t('target.percent', { value: n });
    case 'count':
      return t('target.count', { value: n });
    case 'rank':
      return t('target.rank', { value: n });
    default:
      return t('target.other', { value: n, unit });
  }
}

/** "≥ 92%", "tăng > 10%/năm", "80% – 90%": one target in a few characters. */
export function describeTarget(target: Target): string {
  let text: string;
  if (target.comparator === 'range') {
    text = t('target.range', {
      min: withUnit(target.min ?? 0, target.unit),
      max: withUnit(target.max ?? 0, target.unit),
    });
  } else {
    text = t(`target.${target.comparator}`, { value: withUnit(target.value ?? 0, target.unit) });
  }
  if (target.period === 'year') text = t('target.perYear', { value: text });
  return target.scope ? t('target.scope', { text, scope: target.scope }) : text;
}
