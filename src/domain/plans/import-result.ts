import type { OrgUnit } from '../org/org-unit.js';
import { buildUnitIndex } from '../org/unit-matching.js';
import type { ParsedReportRegime, PlanItem, PlanParseResult } from '../plan-import/types.js';
import { PARSE_WARNINGS } from '../plan-import/warnings.js';
import { parseTarget, type ParsedTarget } from '../targets/index.js';
import { normalizeTimeframe, type Timeframe } from '../timeframe/index.js';
import { type DomainEntry, domainNameOf, proposeCatalogue } from './domain-catalogue.js';

/** One appendix row, ready for the preview table and for saving. */
export interface ImportItem extends Omit<PlanItem, 'timeframeRaw'> {
  /** The catalogue's name of the row's domain (`domain` keeps the heading as written). */
  domainName: string | null;
  leadUnitIds: (string | null)[];
  coordinatorUnitIds: (string | null)[];
  timeframe: Timeframe;
  target: ParsedTarget | null;
}

export interface ImportRegime extends ParsedReportRegime {
  recipientUnitId: string | null;
}

/** The stable JSON contract of `plan parse --json` and `POST /api/plans/import`. */
export interface PlanImportResult {
  document: PlanParseResult['document'];
  legalBases: string[];
  sections: PlanParseResult['sections'];
  regimes: ImportRegime[];
  items: ImportItem[];
  /** The plan's domain catalogue: proposed from the headings, or as the compiler confirmed or split it. */
  domains: DomainEntry[];
  unmatchedUnits: string[];
  warnings: string[];
}

/** A correction the compiler typed into the preview table. */
export interface ItemEdit {
  index: number;
  content?: string | undefined;
  lead?: string[] | undefined;
  coordinators?: string[] | undefined;
  timeframe?: string | undefined;
  output?: string | null | undefined;
}

const WARN = {
  unmatched: (raw: string) => `Chưa xác định được đơn vị "${raw}"`,
  unknownTimeframe: (raw: string) => `Không hiểu thời gian thực hiện "${raw}"`,
  duplicateOrdinal: (ordinal: string) => `STT ${ordinal} bị lặp trong cùng lĩnh vực`,
  unparsedTarget: 'Chưa đọc được giá trị mục tiêu của chỉ tiêu; cần nhập tay',
};

/**
 * Turns the parser's raw reading into the import result: units resolved against the org tree,
 * timeframes normalised, indicator targets parsed, and each doubt flagged on its row.
 */
export function buildImportResult(
  parsed: PlanParseResult,
  units: readonly OrgUnit[],
  options: {
    edits?: readonly ItemEdit[];
    fallbackYear: number;
    domains?: readonly DomainEntry[] | undefined;
  },
): PlanImportResult {
  const edits = options.edits ?? [];
  // The caller checks a confirmed catalogue with `catalogueProblems` before it gets here.
  const domains = options.domains
    ? [...options.domains]
    : proposeCatalogue(parsed.items.map((i) => i.domain));
  const index = buildUnitIndex(units);
  const planYear =
    parsed.document.year ??
    (parsed.document.date ? Number(parsed.document.date.slice(0, 4)) : options.fallbackYear);
  const unmatched = new Set<string>();
  const resolve = (raws: string[]) =>
    raws.map((raw) => {
      const { unitId } = index.match(raw);
      if (!unitId) unmatched.add(raw);
      return unitId;
    });
  const editByIndex = new Map(edits.map((e) => [e.index, e]));
  const seenOrdinals = new Set<string>();

  const items = parsed.items.map((original, i): ImportItem => {
    const edit = editByIndex.get(i);
    const row: PlanItem = {
      ...original,
      ...(edit?.content !== undefined ? { content: edit.content } : {}),
      ...(edit?.lead !== undefined ? { lead: edit.lead } : {}),
      ...(edit?.coordinators !== undefined ? { coordinators: edit.coordinators } : {}),
      ...(edit?.timeframe !== undefined ? { timeframeRaw: edit.timeframe } : {}),
      ...(edit?.output !== undefined ? { output: edit.output } : {}),
    };
    const { timeframeRaw, ...rest } = row;
    const warnings = [...row.warnings];
    const leadUnitIds = resolve(row.lead);
    const coordinatorUnitIds = resolve(row.coordinators);
    for (const raw of [...row.lead, ...row.coordinators])
      if (!index.match(raw).unitId) warnings.push(WARN.unmatched(raw));
    const flag = (warning: string) => {
      if (!warnings.includes(warning)) warnings.push(warning);
    };
    if (row.lead.length === 0) flag(PARSE_WARNINGS.noLead);
    const timeframe = normalizeTimeframe(timeframeRaw, { planYear });
    if (timeframe.kind === 'unknown') warnings.push(WARN.unknownTimeframe(timeframeRaw));
    if (timeframe.kind === 'unspecified') flag(PARSE_WARNINGS.blankTimeframe);
    if (row.ordinal && row.subOrdinal === null) {
      const key = `${row.part ?? ''}|${row.domainIndex ?? ''}|${row.ordinal}`;
      if (seenOrdinals.has(key)) warnings.push(WARN.duplicateOrdinal(row.ordinal));
      seenOrdinals.add(key);
    }
    const target = row.kind === 'indicator' ? parseTarget(row.content) : null;
    if (target?.status === 'unparsed') warnings.push(WARN.unparsedTarget);
    const domainName = domainNameOf(domains, row.domain);
    return { ...rest, domainName, leadUnitIds, coordinatorUnitIds, timeframe, target, warnings };
  });

  return {
    document: parsed.document,
    legalBases: parsed.legalBases,
    sections: parsed.sections,
    regimes: parsed.regimes.map((r) => ({
      ...r,
      recipientUnitId: r.recipient ? index.match(r.recipient).unitId : null,
    })),
    items,
    domains,
    unmatchedUnits: [...unmatched].sort((a, b) => a.localeCompare(b, 'vi')),
    warnings: parsed.warnings,
  };
}
