// Dates as the UI shows them (DD/MM/YYYY, 24-hour time), shared by the web client and the CLI so a
// date reads the same on screen and in a terminal. Reports use the house style of tracking/format.ts.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** `2025-06-30` → `30/06/2025`; text that is not an ISO date is returned as it is. */
export function formatDisplayDate(date: string | null | undefined): string {
  if (!date) return '';
  const m = ISO_DATE.exec(date);
  return m ? `${m[3] ?? ''}/${m[2] ?? ''}/${m[1] ?? ''}` : date;
}

/** An instant as `30/06/2025 14:05` in the given time zone (Việt Nam by default). */
export function formatDisplayDateTime(
  instant: Date | string | null | undefined,
  timeZone = 'Asia/Ho_Chi_Minh',
): string {
  if (instant === null || instant === undefined || instant === '') return '';
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return typeof instant === 'string' ? instant : '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  return `${parts.day ?? ''}/${parts.month ?? ''}/${parts.year ?? ''} ${parts.hour ?? ''}:${parts.minute ?? ''}`;
}
