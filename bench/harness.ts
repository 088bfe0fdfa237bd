import { performance } from 'node:perf_hooks';

export interface BenchResult {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  target?: string;
  note?: string;
}

/** Runs `work` a few times after a warm-up and reports the median and 95th percentile. */
export async function measure(
  name: string,
  work: () => unknown,
  options: { runs?: number; warmup?: number; target?: string; note?: string } = {},
): Promise<BenchResult> {
  const runs = options.runs ?? 10;
  for (let i = 0; i < (options.warmup ?? 2); i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return {
    name,
    runs,
    medianMs: pick(0.5),
    p95Ms: pick(0.95),
    ...(options.target ? { target: options.target } : {}),
    ...(options.note ? { note: options.note } : {}),
  };
}

export function printTable(results: BenchResult[]): void {
  const rows = [
    ['benchmark', 'runs', 'median ms', 'p95 ms', 'target', 'note'],
    ...results.map((r) => [
      r.name,
      String(r.runs),
      r.medianMs.toFixed(1),
      r.p95Ms.toFixed(1),
      r.target ?? '',
      r.note ?? '',
    ]),
  ];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => row[c]?.length ?? 0))) ?? [];
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  process.stdout.write(`${line(rows[0] ?? [])}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n`);
  for (const row of rows.slice(1)) process.stdout.write(`${line(row)}\n`);
}
