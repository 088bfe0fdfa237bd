import { describe, expect, it } from 'vitest';
import { OFFICIAL_ADJUSTMENTS, WorkingCalendar, addDays, compareIsoDates } from '../calendar/index.js';
import { type ReminderPolicy, type ReminderStep, reminderStepOn, reminderWindowEnd } from './steps.js';

const calendar = new WorkingCalendar({ adjustments: OFFICIAL_ADJUSTMENTS });
const three = { daysBefore: 3 };

type Case = [deadline: string, today: string, policy: ReminderPolicy, step: ReminderStep | null, why: string];

describe('reminderStepOn', () => {
  it.each<Case>([
    // Deadline Friday 12/7/2024, reminded 3 working days ahead.
    ['2024-07-12', '2024-07-05', three, null, 'a week ahead: too early'],
    ['2024-07-12', '2024-07-08', three, null, 'four working days ahead'],
    ['2024-07-12', '2024-07-09', three, 'before', 'exactly three working days ahead'],
    ['2024-07-12', '2024-07-11', three, 'before', 'the day before, same step still applies'],
    ['2024-07-12', '2024-07-12', three, 'due', 'on the deadline'],
    ['2024-07-12', '2024-07-13', three, 'due', 'the Saturday after: nothing new'],
    ['2024-07-12', '2024-07-20', three, 'overdue-1', 'the Saturday after the first overdue week'],
    ['2024-07-12', '2024-07-18', three, 'due', 'four working days late: still the due step'],
    ['2024-07-12', '2024-07-19', three, 'overdue-1', 'five working days late: first overdue week'],
    ['2024-07-12', '2024-07-25', three, 'overdue-1', 'nine working days late'],
    ['2024-07-12', '2024-07-26', three, 'overdue-2', 'ten working days late: second week'],
    ['2024-07-12', '2024-12-31', three, 'overdue-24', 'long forgotten: only the latest week'],
    // Weekend inside the window: Monday deadline, opened the Wednesday before.
    ['2024-07-15', '2024-07-09', three, null, 'Tuesday before a Monday deadline'],
    ['2024-07-15', '2024-07-10', three, 'before', 'Wednesday before a Monday deadline'],
    ['2024-07-15', '2024-07-14', three, 'before', 'the Sunday before'],
    // Holidays are not working days: Quốc khánh 2–3/9/2024.
    ['2024-09-04', '2024-08-27', three, null, 'before the holiday, too early'],
    ['2024-09-04', '2024-08-28', three, 'before', 'three working days back across the holiday'],
    ['2024-08-30', '2024-09-09', three, 'due', 'holiday days do not count as late'],
    ['2024-08-30', '2024-09-10', three, 'overdue-1', 'fifth working day after, holidays skipped'],
    // Tết 2024 (8–14/2): no overdue reminder in the middle of the break.
    ['2024-02-05', '2024-02-12', three, 'due', 'during Tết'],
    ['2024-02-05', '2024-02-19', three, 'overdue-1', 'the fifth working day, after Tết'],
    // Other settings.
    ['2024-07-12', '2024-07-11', { daysBefore: 0 }, null, 'no reminder ahead when N = 0'],
    ['2024-07-12', '2024-07-12', { daysBefore: 0 }, 'due', 'still reminded on the day when N = 0'],
    ['2024-07-12', '2024-07-11', { daysBefore: 1 }, 'before', 'N = 1: the day before'],
    ['2024-07-12', '2024-07-10', { daysBefore: 1 }, null, 'N = 1: two days before'],
  ])('deadline %s, today %s, %o → %s (%s)', (deadline, today, policy, step) => {
    expect(reminderStepOn(deadline, today, policy, calendar)?.step ?? null).toBe(step);
  });

  it.each([
    ['2024-07-09', 3],
    ['2024-07-12', 0],
    ['2024-07-19', -5],
    ['2024-07-13', 0],
    ['2024-07-15', -1],
  ])('on %s the deadline of 12/7/2024 is %i working days away', (today, left) => {
    expect(reminderStepOn('2024-07-12', today, three, calendar)?.workingDaysLeft).toBe(left);
  });

  it.each([-1, 1.5, 31])('refuses daysBefore = %s', (daysBefore) => {
    expect(() => reminderStepOn('2024-07-12', '2024-07-12', { daysBefore }, calendar)).toThrow(RangeError);
  });
});

describe('reminderWindowEnd', () => {
  // Sources list subjects up to the window end; a subject beyond it must never have a step.
  it.each([0, 1, 3, 10])('covers every deadline that has a step, daysBefore = %i', (daysBefore) => {
    for (let today = '2024-01-01'; today < '2024-12-31'; today = addDays(today, 1)) {
      const end = reminderWindowEnd(today, { daysBefore }, calendar);
      for (let offset = 1; offset <= 25; offset += 1) {
        const deadline = addDays(today, offset);
        if (compareIsoDates(deadline, end) <= 0) continue;
        expect(
          reminderStepOn(deadline, today, { daysBefore }, calendar),
          `${deadline} on ${today}`,
        ).toBeNull();
      }
    }
  });
});
