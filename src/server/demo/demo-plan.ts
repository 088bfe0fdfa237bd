import { readFile } from 'node:fs/promises';

const DEMO_PLAN = new URL('./demo-plan.txt', import.meta.url);
const DEMO_MINISTRY_PLAN = new URL('./demo-ministry-plan.txt', import.meta.url);

/** The year the sample plans are written for; their dates are moved to the year they are seeded in. */
export const DEMO_PLAN_WRITTEN_FOR = 2025;

/** The department's sample plan and the ministry's: found again by number, as the import does. */
export const DEMO_PLAN_NUMBER = '99/KH-STTTT';
export const DEMO_MINISTRY_PLAN_NUMBER = '98/KH-BTTTT';

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

async function planFile(url: URL, year: number, name: string) {
  const text = shiftPlanYears(await readFile(url, 'utf8'), year);
  return { buffer: Buffer.from(text, 'utf8'), filename: `${name}-${year}.txt` };
}

export async function demoPlanFile(year: number): Promise<{ buffer: Buffer; filename: string }> {
  return planFile(DEMO_PLAN, year, 'ke-hoach-mau');
}

/** The ministry's plan of the sector indicators its departments report in the 6-month report. */
export async function demoMinistryPlanFile(year: number): Promise<{ buffer: Buffer; filename: string }> {
  return planFile(DEMO_MINISTRY_PLAN, year, 'ke-hoach-mau-bo');
}
