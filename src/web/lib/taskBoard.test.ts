import { describe, expect, it } from 'vitest';
import type { TaskRow, TaskStatus } from '../api/types';
import { groupByStatus, moveNeedsReason, moveTargets } from './taskBoard';

function row(id: string, status: TaskStatus, deadline: string | null): TaskRow {
  return {
    id,
    planId: 'p',
    plan: { number: '1/KH', title: 'Kế hoạch' },
    ordinal: null,
    subOrdinal: null,
    domain: null,
    content: `Nhiệm vụ ${id}`,
    output: null,
    leadUnits: [],
    coordinatorUnits: [],
    timeframe: '',
    timeframeKind: 'deadline',
    current: {
      id: `o-${id}`,
      label: '',
      status,
      progress: 0,
      dueDate: deadline,
      deadline,
      completedOn: null,
      timeliness: 'onTrack',
      version: 1,
    },
    occurrenceCounts: { done: 0, total: 1 },
    sourcing: {
      source: {
        kind: 'plan',
        kindLabel: 'Kế hoạch',
        number: '1/KH',
        date: null,
        issuer: null,
        title: 'Kế hoạch',
        itemNumber: null,
      },
      leader: null,
      focalPerson: null,
      priority: 'normal',
      priorityLabel: 'Bình thường',
      assignedBy: null,
      extensions: { count: 0, previousDeadlines: [], approvedBy: [], pending: false },
    },
  };
}

describe('kanban board', () => {
  it('puts each task in the column of its current status, earliest deadline first', () => {
    const rows = [
      row('a', 'inProgress', '2024-09-30'),
      row('b', 'inProgress', '2024-06-30'),
      row('c', 'done', '2024-03-31'),
      row('d', 'inProgress', null),
      { ...row('e', 'notStarted', null), current: null },
    ];
    const { columns, unscheduled } = groupByStatus(rows);
    expect(columns.inProgress.map((r) => r.id)).toEqual(['b', 'a', 'd']);
    expect(columns.done.map((r) => r.id)).toEqual(['c']);
    expect(columns.notStarted).toEqual([]);
    expect(columns.paused).toEqual([]);
    expect(columns.cancelled).toEqual([]);
    expect(unscheduled.map((r) => r.id)).toEqual(['e']);
  });

  it.each([
    ['notStarted', ['inProgress', 'done', 'paused', 'cancelled']],
    ['inProgress', ['done', 'paused', 'cancelled']],
    ['paused', ['inProgress', 'cancelled']],
    ['done', ['inProgress']],
    ['cancelled', ['notStarted', 'inProgress']],
  ] as const)('offers the moves the domain allows from %s', (from, targets) => {
    expect(moveTargets(from)).toEqual(targets);
  });

  it.each([
    ['notStarted', 'inProgress', false],
    ['inProgress', 'done', false],
    ['inProgress', 'cancelled', true],
    ['inProgress', 'paused', true],
    ['done', 'inProgress', true],
    ['cancelled', 'notStarted', true],
  ] as const)('asks for a reason moving %s → %s: %s', (from, to, expected) => {
    expect(moveNeedsReason(from, to)).toBe(expected);
  });
});
