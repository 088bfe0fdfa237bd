const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/** Columns a terminal gives the text: one per grapheme, so "ệ" counts once however it is encoded. */
function width(text: string): number {
  return Array.from(graphemes.segment(text)).length;
}

/** A plain-text table for terminals: columns padded to their widest cell, a rule under the header. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [headers, ...rows];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => width(row[i] ?? ''))));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(cell))))
      .join('  ')
      .trimEnd();
  const [head, ...body] = cells;
  return [line(head ?? []), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
