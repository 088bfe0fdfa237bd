/** A plain-text table for terminals: columns padded to their widest cell, a rule under the header. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  // Normalised to NFC so that a decomposed "ệ" counts as one column, as a terminal shows it.
  const cells = [headers, ...rows].map((row) => row.map((cell) => cell.normalize('NFC')));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => [...(row[i] ?? '')].length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - [...cell].length))
      .join('  ')
      .trimEnd();
  const [head, ...body] = cells;
  return [line(head ?? []), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
