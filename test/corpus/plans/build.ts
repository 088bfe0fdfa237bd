import type { Column, GroupRow, ItemRow } from './model.js';

/** Small builders that keep the corpus documents readable. */

export function group(
  label: string,
  domain: string | null,
  kind?: 'indicator' | 'task',
  options: { split?: boolean } = {},
): GroupRow {
  return {
    type: 'group',
    label,
    domain,
    ...(kind === undefined ? {} : { kind }),
    ...(options.split === true ? { split: true } : {}),
  };
}

interface ItemOptions {
  ordinal?: string | null;
  sub?: string | null;
  due?: string[];
  output?: string;
  budget?: string;
  note?: string;
  prefix?: string;
  leadMerged?: boolean;
  contentLines?: string[];
  leadLines?: string[];
  coordLines?: string[];
}

/**
 * An item row. By default the ordinal is the STT cell as printed ("3." → "3") and there is no
 * sub-ordinal; sub-items say both.
 */
export function item(
  stt: string,
  content: string,
  lead: string[],
  coord: string[],
  time: string,
  options: ItemOptions = {},
): ItemRow {
  const printed = stt.replace(/[.)]$/, '');
  return {
    type: 'item',
    stt,
    content,
    lead,
    coord,
    time,
    ordinal: options.ordinal !== undefined ? options.ordinal : printed === '' ? null : printed,
    sub: options.sub ?? null,
    dueDates: options.due ?? [],
    ...(options.output === undefined ? {} : { output: options.output }),
    ...(options.budget === undefined ? {} : { budget: options.budget }),
    ...(options.note === undefined ? {} : { note: options.note }),
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    ...(options.leadMerged === undefined ? {} : { leadMerged: options.leadMerged }),
    ...(options.contentLines === undefined ? {} : { contentLines: options.contentLines }),
    ...(options.leadLines === undefined ? {} : { leadLines: options.leadLines }),
    ...(options.coordLines === undefined ? {} : { coordLines: options.coordLines }),
  };
}

export function columns(...pairs: [Column['key'], string][]): Column[] {
  return pairs.map(([key, label]) => ({ key, label }));
}

export const MONTH_ENDS_2025 = [
  '2025-01-31',
  '2025-02-28',
  '2025-03-31',
  '2025-04-30',
  '2025-05-31',
  '2025-06-30',
  '2025-07-31',
  '2025-08-31',
  '2025-09-30',
  '2025-10-31',
  '2025-11-30',
  '2025-12-31',
];
export const QUARTER_ENDS_2025 = ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'];
