import { viDate } from './extensions.js';

export interface SourceRef {
  kindLabel: string;
  number: string | null;
  date: string | null;
  issuer: string | null;
  title: string;
  itemNumber: string | null;
}

/**
 * How a task cites its source, in the screens and the XLSX alike: "Thông báo kết luận số 125/TB-STTTT
 * ngày 15/03/2026 của Sở TTTT: Kết luận … (mục 3)".
 */
export function sourceCitation(source: SourceRef): string {
  const parts = [source.kindLabel];
  if (source.number) parts.push(`số ${source.number}`);
  if (source.date) parts.push(`ngày ${viDate(source.date)}`);
  if (source.issuer) parts.push(`của ${source.issuer}`);
  const withTitle = `${parts.join(' ')}: ${source.title}`;
  return source.itemNumber ? `${withTitle} (mục ${source.itemNumber})` : withTitle;
}
