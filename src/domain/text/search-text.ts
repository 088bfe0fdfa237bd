import { foldVietnamese } from './fold.js';

/**
 * What a task is found by: its domain, content and output, folded so that "chuyen doi so" finds
 * "Chuyển đổi số". Stored in `plan_items.search_text` wherever an item is written.
 */
export function itemSearchText(item: {
  domain: string | null;
  content: string;
  output: string | null;
}): string {
  return foldVietnamese([item.domain, item.content, item.output].filter((s) => s).join(' '));
}

/** The words of a search box, folded the same way; every word must appear. */
export function searchTerms(query: string): string[] {
  return foldVietnamese(query)
    .split(' ')
    .filter((word) => word !== '')
    .slice(0, 12);
}
