import {
  type PeriodKind,
  formatPeriodCode,
  parsePeriodCode,
  periodContaining,
  periodLabel,
  periodsInYear,
} from '../../domain/calendar';

/** The kinds offered when entering an indicator value, from the widest to the narrowest. */
export const PICKER_KINDS = [
  'year',
  'half',
  'nineMonths',
  'quarter',
  'month',
] as const satisfies readonly PeriodKind[];
export type PickerKind = (typeof PICKER_KINDS)[number];

export interface PeriodChoice {
  kind: PickerKind;
  year: number;
  /** 1 for a year and for 9 months; the half, quarter or month otherwise. */
  index: number;
}

export interface PeriodOption {
  index: number;
  code: string;
  label: string;
}

/** The periods of a kind within a year, as choices of a select: `2024-Q2` "Quý II/2024". */
export function periodOptions(kind: PickerKind, year: number): PeriodOption[] {
  return periodsInYear(kind, year).map((p) => ({ index: p.index, code: p.code, label: periodLabel(p) }));
}

/** The stored code of a choice: `2024`, `2024-H1`, `2024-9M`, `2024-Q2`, `2024-05`. */
export function periodCodeOf(choice: PeriodChoice): string {
  return formatPeriodCode(choice);
}

/** A code back into a choice; null for a code the picker cannot show (weeks, or not a code). */
export function choiceOf(code: string): PeriodChoice | null {
  try {
    const { kind, year, index } = parsePeriodCode(code);
    return (PICKER_KINDS as readonly string[]).includes(kind)
      ? { kind: kind as PickerKind, year, index }
      : null;
  } catch {
    return null;
  }
}

/** Moving to another kind or year keeps the choice near the same time of year. */
export function rekind(choice: PeriodChoice, kind: PickerKind, year = choice.year): PeriodChoice {
  const { start } = parsePeriodCode(formatPeriodCode(choice));
  const sameDay = `${year}${start.slice(4)}`;
  // 9 months covers January–September only: a later date falls back to the year's only 9 months.
  const period = periodContaining(kind, sameDay);
  return { kind, year, index: period?.index ?? 1 };
}

/** The period of `kind` holding `today` (for 9 months after September: that year's 9 months). */
export function currentChoice(kind: PickerKind, today: string): PeriodChoice {
  const year = Number(today.slice(0, 4));
  return { kind, year, index: periodContaining(kind, today)?.index ?? 1 };
}

export function labelOfCode(code: string): string {
  try {
    return periodLabel(parsePeriodCode(code));
  } catch {
    return code;
  }
}

export interface PeriodGroup {
  kind: PickerKind;
  options: { code: string; label: string }[];
}

/** Every period of a year a statistic can be asked for, widest first (the year itself is left to the caller). */
export function periodGroups(year: number): PeriodGroup[] {
  return (['half', 'nineMonths', 'quarter', 'month'] as const).map((kind) => ({
    kind,
    options: periodOptions(kind, year).map(({ code, label }) => ({ code, label })),
  }));
}
