import type { ImportItem, ItemEdit } from '../api/types';

/** What the edit form holds for one preview row. */
export interface RowEditValues {
  content: string;
  lead: string[];
  coordinators: string[];
  timeframe: string;
  output: string;
}

export function editValuesOf(item: ImportItem): RowEditValues {
  return {
    content: item.content,
    lead: [...item.lead],
    coordinators: [...item.coordinators],
    timeframe: item.timeframe.raw,
    output: item.output ?? '',
  };
}

function cleanList(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of values.map((v) => v.trim()).filter(Boolean)) if (!out.includes(value)) out.push(value);
  return out;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * The correction to send for a row: only the fields that differ from the document as first read,
 * or null when the row is back to the original (so the edit is dropped).
 */
export function diffEdit(index: number, original: ImportItem, values: RowEditValues): ItemEdit | null {
  const edit: ItemEdit = { index };
  const content = values.content.trim();
  if (content && content !== original.content) edit.content = content;
  const lead = cleanList(values.lead);
  if (!sameList(lead, original.lead)) edit.lead = lead;
  const coordinators = cleanList(values.coordinators);
  if (!sameList(coordinators, original.coordinators)) edit.coordinators = coordinators;
  const timeframe = values.timeframe.trim();
  if (timeframe !== original.timeframe.raw.trim()) edit.timeframe = timeframe;
  const output = values.output.trim() || null;
  if (output !== (original.output?.trim() || null)) edit.output = output;
  return Object.keys(edit).length > 1 ? edit : null;
}

/** Adds, replaces or (with null) drops the edit of one row. */
export function withEdit(
  edits: Readonly<Record<number, ItemEdit>>,
  index: number,
  edit: ItemEdit | null,
): Record<number, ItemEdit> {
  const rest = Object.fromEntries(Object.entries(edits).filter(([key]) => Number(key) !== index));
  return edit ? { ...rest, [index]: edit } : rest;
}

/** Edits in row order, as the review and commit endpoints take them. */
export function editList(edits: Readonly<Record<number, ItemEdit>>): ItemEdit[] {
  return Object.values(edits).sort((a, b) => a.index - b.index);
}
