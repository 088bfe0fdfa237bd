import { foldVietnamese } from './text.js';
import type { RegimeDeadline, RegimeFrequency } from './types.js';

/** The period of a report from its name, and its deadline from the wording ("Trước ngày 15 của tháng cuối quý"). */

const WEEKDAYS: Record<string, number> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };

export function frequencyOf(name: string): RegimeFrequency | null {
  const folded = foldVietnamese(name);
  if (/\btuan\b/.test(folded)) return 'weekly';
  if (/\b9 thang\b/.test(folded)) return 'nineMonths';
  if (/\b(?:6 thang|sau thang)\b/.test(folded)) return 'semiannual';
  if (/\bquy\b/.test(folded)) return 'quarterly';
  if (/\bthang\b/.test(folded)) return 'monthly';
  if (/\bnam\b/.test(folded)) return 'annual';
  return null;
}

export function parseDeadline(raw: string, frequency: RegimeFrequency): RegimeDeadline {
  const folded = foldVietnamese(raw);
  const deadline: RegimeDeadline = { raw };
  const clock = /\b(\d{1,2})\s*(?:gio|h)\s*(\d{2})?\b/.exec(folded);
  if (clock !== null) deadline.time = `${(clock[1] ?? '').padStart(2, '0')}:${clock[2] ?? '00'}`;
  const weekday = /\bthu\s+(hai|ba|tu|nam|sau|bay|[2-7])\b/.exec(folded);
  if (weekday?.[1] !== undefined) deadline.weekday = WEEKDAYS[weekday[1]] ?? Number(weekday[1]) - 1;
  else if (/\bchu nhat\b/.test(folded)) deadline.weekday = 7;

  const dayOfMonth = /\bngay\s+(\d{1,2})\s+(?:cua|hang)\s+thang\b(?!\s+\d)/.exec(folded);
  const dayAndMonth =
    /\bngay\s+(\d{1,2})\s+(?:cua\s+)?thang\s+(\d{1,2})\b/.exec(folded) ??
    /\bngay\s+(\d{1,2})\/(\d{1,2})\b/.exec(folded);
  if (/\bthang cuoi (?:cua )?quy\b/.test(folded)) {
    const day = /\bngay\s+(\d{1,2})\b/.exec(folded);
    if (day !== null) deadline.dayOfMonth = Number(day[1]);
    deadline.monthOfQuarter = 'last';
  } else if (dayAndMonth !== null && frequency !== 'monthly' && frequency !== 'weekly') {
    deadline.day = Number(dayAndMonth[1]);
    deadline.month = Number(dayAndMonth[2]);
  } else if (dayOfMonth !== null) deadline.dayOfMonth = Number(dayOfMonth[1]);
  else if (frequency === 'monthly') {
    // "Báo cáo tháng trước ngày 20": the period already says the day is in each month.
    const day = /\bngay\s+(\d{1,2})\b(?!\s*[/-]\s*\d)/.exec(folded);
    if (day !== null) deadline.dayOfMonth = Number(day[1]);
  }
  return deadline;
}
