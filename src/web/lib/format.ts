import dayjs from 'dayjs';
import { formatDisplayDate } from '../../domain/text/display';

export function formatDateTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.format(withSeconds ? 'DD/MM/YYYY HH:mm:ss' : 'DD/MM/YYYY HH:mm') : iso;
}

/** `2025-06-30` → `30/06/2025`; other text is returned as it is (shared with the CLI). */
export const formatIsoDate = formatDisplayDate;

/** A long task or indicator text cut for a title, at a word boundary when there is one nearby. */
export function shorten(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
