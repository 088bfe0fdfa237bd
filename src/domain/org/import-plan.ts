import type { OrgUnit, OrgUnitKind } from './org-unit.js';

/** A unit as written in an exchange file: identified by code, placed by its parent's code. */
export interface ExchangeUnit {
  code: string;
  name: string;
  shortName: string | null;
  kind: OrgUnitKind;
  parentCode: string | null;
  aliases: string[];
  sortOrder: number;
}

export type ImportCandidate =
  { line: number; unit: ExchangeUnit } | { line: number; values: Record<string, unknown>; issues: string[] };

export interface ImportPlanRow {
  code: string;
  name: string;
  parentCode: string | null;
  action: 'create' | 'update' | 'unchanged';
  errors: string[];
}

export interface ImportPlan {
  units: ExchangeUnit[];
  rows: ImportPlanRow[];
  summary: { create: number; update: number; unchanged: number; errors: number };
}

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Decides, row by row, what an import would do to the stored tree, and why a row cannot be taken.
 * Units are matched by code (case-insensitive); parents may be in the file or already stored.
 */
export function planImport(candidates: readonly ImportCandidate[], existing: readonly OrgUnit[]): ImportPlan {
  const storedByCode = new Map(existing.map((u) => [u.code.toLowerCase(), u]));
  const storedById = new Map(existing.map((u) => [u.id, u]));
  const fileCodes = new Map<string, number>();
  for (const c of candidates) {
    const code = 'unit' in c ? c.unit.code : text(c.values.code);
    const key = code.toLowerCase();
    fileCodes.set(key, (fileCodes.get(key) ?? 0) + 1);
  }
  const fileParent = new Map<string, string | null>();
  for (const c of candidates)
    if ('unit' in c) fileParent.set(c.unit.code.toLowerCase(), c.unit.parentCode?.toLowerCase() ?? null);

  const parentOf = (code: string): string | null => {
    if (fileParent.has(code)) return fileParent.get(code) ?? null;
    const stored = storedByCode.get(code);
    const parent = stored?.parentId ? storedById.get(stored.parentId) : undefined;
    return parent ? parent.code.toLowerCase() : null;
  };
  const createsCycle = (code: string): boolean => {
    const seen = new Set<string>([code]);
    let current = parentOf(code);
    while (current) {
      if (seen.has(current)) return true;
      seen.add(current);
      current = parentOf(current);
    }
    return false;
  };

  const units: ExchangeUnit[] = [];
  const rows: ImportPlanRow[] = candidates.map((c) => {
    if (!('unit' in c)) {
      return {
        code: text(c.values.code),
        name: text(c.values.name),
        parentCode: text(c.values.parentCode) || null,
        action: 'create',
        errors: c.issues.map((issue) => `Dòng ${c.line}: ${issue}`),
      };
    }
    const { unit } = c;
    const key = unit.code.toLowerCase();
    const errors: string[] = [];
    if ((fileCodes.get(key) ?? 0) > 1)
      errors.push(`Dòng ${c.line}: mã "${unit.code}" xuất hiện nhiều lần trong tệp.`);
    const parentKey = unit.parentCode?.toLowerCase() ?? null;
    if (parentKey && !fileParent.has(parentKey) && !storedByCode.has(parentKey)) {
      errors.push(`Dòng ${c.line}: không tìm thấy đơn vị cấp trên "${unit.parentCode ?? ''}".`);
    } else if (createsCycle(key)) {
      errors.push(`Dòng ${c.line}: quan hệ cấp trên tạo thành vòng lặp.`);
    }
    const stored = storedByCode.get(key);
    const storedParent = stored?.parentId ? storedById.get(stored.parentId)?.code.toLowerCase() : null;
    const unchanged =
      stored !== undefined &&
      stored.name === unit.name &&
      stored.shortName === unit.shortName &&
      stored.kind === unit.kind &&
      stored.sortOrder === unit.sortOrder &&
      (storedParent ?? null) === parentKey &&
      sameList(stored.aliases, unit.aliases);
    units.push(unit);
    return {
      code: unit.code,
      name: unit.name,
      parentCode: unit.parentCode,
      action: stored === undefined ? 'create' : unchanged ? 'unchanged' : 'update',
      errors,
    };
  });
  const count = (action: ImportPlanRow['action']) =>
    rows.filter((r) => r.action === action && !r.errors.length).length;
  return {
    units,
    rows,
    summary: {
      create: count('create'),
      update: count('update'),
      unchanged: count('unchanged'),
      errors: rows.filter((r) => r.errors.length > 0).length,
    },
  };
}
