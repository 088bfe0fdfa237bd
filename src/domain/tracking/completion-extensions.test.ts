import { describe, expect, it } from 'vitest';
import { type CompletionOccurrence, taskCompletion } from './completion.js';

// Rule 5 of completion.ts: done by the extended deadline is on time, and "đã gia hạn" is counted apart.
const occ = (
  deadline: string,
  completedOn: string | null,
  originalDeadline: string | null,
): CompletionOccurrence => ({
  status: completedOn === null ? 'inProgress' : 'done',
  dueDate: originalDeadline ?? deadline,
  deadline,
  completedOn,
  periodCode: null,
  source: 'deadline',
  originalDeadline,
});

describe('taskCompletion with extensions', () => {
  it.each<[string, CompletionOccurrence, string, Record<string, number>]>([
    [
      'extended, done after the original deadline and by the new one: on time, by extension',
      occ('2026-07-31', '2026-07-20', '2026-06-30'),
      '2026-08-05',
      { doneOnTime: 1, doneLate: 0, extended: 1, doneOnTimeExtended: 1 },
    ],
    [
      'extended, done before the original deadline anyway: on time, not by extension',
      occ('2026-07-31', '2026-06-20', '2026-06-30'),
      '2026-08-05',
      { doneOnTime: 1, extended: 1, doneOnTimeExtended: 0 },
    ],
    [
      'extended, done after the new deadline: late',
      occ('2026-07-31', '2026-08-03', '2026-06-30'),
      '2026-08-05',
      { doneOnTime: 0, doneLate: 1, extended: 1, doneOnTimeExtended: 0 },
    ],
    [
      'extended, open, new deadline ahead: in time, not overdue',
      occ('2026-07-31', null, '2026-06-30'),
      '2026-07-10',
      { inProgress: 1, overdue: 0, extended: 1 },
    ],
    [
      'never extended',
      occ('2026-06-30', '2026-06-20', null),
      '2026-07-10',
      { doneOnTime: 1, extended: 0, doneOnTimeExtended: 0 },
    ],
  ])('%s', (_what, occurrence, asOf, expected) => {
    const result = taskCompletion([{ taskId: 't', occurrences: [occurrence] }], { asOf });
    expect(result.tasks).toMatchObject(expected);
    expect(result.occurrences).toMatchObject(expected);
  });
});
