import { readFile } from 'node:fs/promises';

const DEMO_PLAN = new URL('./demo-plan.txt', import.meta.url);

/** The year the sample plan is written for; its dates are moved to the year it is seeded in. */
export const DEMO_PLAN_WRITTEN_FOR = 2025;

/**
 * The sample plan for `year`: every year in it moves by the same amount, so "năm 2025", "Quý II",
 * "Tháng 6/2025" and "giai đoạn 2025 – 2030" stay consistent with each other, and a fresh install
 * shows a plan for the current year rather than one whose every task is long overdue.
 */
export function shiftPlanYears(text: string, year: number): string {
  const delta = year - DEMO_PLAN_WRITTEN_FOR;
  if (delta === 0) return text;
  return text.replace(/(?<!\d)(20[1-3]\d)(?!\d)/g, (match) => String(Number(match) + delta));
}

export async function demoPlanFile(year: number): Promise<{ buffer: Buffer; filename: string }> {
  const text = shiftPlanYears(await readFile(DEMO_PLAN, 'utf8'), year);
  return { buffer: Buffer.from(text, 'utf8'), filename: `ke-hoach-mau-${year}.txt` };
}
