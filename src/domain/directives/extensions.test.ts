import { describe, expect, it } from 'vitest';
import { EXTENSION_ERRORS, extensionDecisionProblem, extensionRequestProblem, viDate } from './extensions.js';
import type { TaskStatus } from '../tracking/task-status.js';

describe('extensionRequestProblem: when a lead unit may ask for more time', () => {
  it.each<[string, TaskStatus, string | null, boolean, string, string | null]>([
    ['a later date on an open task', 'inProgress', '2026-06-30', false, '2026-07-31', null],
    [
      'after the deadline has passed (accepted, as VPCP does)',
      'notStarted',
      '2026-01-31',
      false,
      '2026-03-31',
      null,
    ],
    [
      'the same date',
      'inProgress',
      '2026-06-30',
      false,
      '2026-06-30',
      EXTENSION_ERRORS.notAfter('2026-06-30', '2026-06-30'),
    ],
    [
      'an earlier date',
      'inProgress',
      '2026-06-30',
      false,
      '2026-06-01',
      'Ngày đề nghị gia hạn (01/06/2026) phải sau hạn hiện tại (30/06/2026).',
    ],
    ['a finished task', 'done', '2026-06-30', false, '2026-07-31', EXTENSION_ERRORS.finished],
    ['a cancelled task', 'cancelled', '2026-06-30', false, '2026-07-31', EXTENSION_ERRORS.finished],
    ['a task without deadline', 'inProgress', null, false, '2026-07-31', EXTENSION_ERRORS.noDeadline],
    ['a second open request', 'inProgress', '2026-06-30', true, '2026-07-31', EXTENSION_ERRORS.pending],
  ])('%s', (_what, status, deadline, hasPending, proposed, problem) => {
    expect(extensionRequestProblem({ status, deadline, hasPending }, proposed)).toBe(problem);
  });
});

describe('extensionDecisionProblem: who decides and what may be granted', () => {
  const open = { status: 'inProgress' as TaskStatus, deadline: '2026-06-30' };
  const pending = { status: 'pending', proposedDate: '2026-07-31' };
  it.each<[string, typeof pending, typeof open, { approve: boolean; date?: string }, boolean, string | null]>(
    [
      ['the assigner approves the proposed date', pending, open, { approve: true }, true, null],
      ['the assigner sets another date', pending, open, { approve: true, date: '2026-07-15' }, true, null],
      ['the assigner refuses', pending, open, { approve: false }, true, null],
      [
        'someone who did not assign the task',
        pending,
        open,
        { approve: true },
        false,
        EXTENSION_ERRORS.notAssigner,
      ],
      [
        'a request already decided',
        { ...pending, status: 'approved' },
        open,
        { approve: true },
        true,
        EXTENSION_ERRORS.notPending,
      ],
      [
        'a granted date not after the deadline',
        pending,
        open,
        { approve: true, date: '2026-06-30' },
        true,
        EXTENSION_ERRORS.notAfter('2026-06-30', '2026-06-30'),
      ],
      [
        'approving on a task finished meanwhile',
        pending,
        { ...open, status: 'done' },
        { approve: true },
        true,
        EXTENSION_ERRORS.finished,
      ],
    ],
  )('%s', (_what, request, subject, decision, isAssigner, problem) => {
    expect(extensionDecisionProblem(request, subject, decision, isAssigner)).toBe(problem);
  });
});

it('writes dates as Vietnamese documents do', () => expect(viDate('2026-07-05')).toBe('05/07/2026'));
