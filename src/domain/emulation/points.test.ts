import { describe, expect, it } from 'vitest';
import { DECREE_335_THRESHOLDS } from './ratings.js';
import { type PointsConfig, type ScoredTask, ratingOfScore, scoreWork } from './points.js';

const config: PointsConfig = {
  failurePercent: 25,
  extensionIsFailure: true,
  weights: { tasks: 70, indicators: 20, reports: 10 },
  thresholds: DECREE_335_THRESHOLDS,
};
const task = (taskId: string, outcome: ScoredTask['outcome'], extended = false): ScoredTask => ({
  taskId,
  label: taskId,
  outcome,
  extended,
  products: 1,
});

describe('scoreWork: converted products, each failure costs 25 %', () => {
  it.each<[string, ScoredTask[], number | null]>([
    ['all on time', [task('a', 'doneOnTime'), task('b', 'doneOnTime')], 100],
    ['one late of two', [task('a', 'doneOnTime'), task('b', 'doneLate')], 87.5],
    ['one overdue of two', [task('a', 'doneOnTime'), task('b', 'overdue')], 50],
    ['on time by an extension', [task('a', 'doneOnTime', true), task('b', 'doneOnTime')], 87.5],
    ['late and extended', [task('a', 'doneLate', true)], 50],
    [
      'not yet due, continuous and cancelled are not scored',
      [task('a', 'inProgress'), task('b', 'noDeadline'), task('c', 'cancelled'), task('d', 'doneOnTime')],
      100,
    ],
    ['nothing due', [task('a', 'inProgress')], null],
  ])('%s → %s', (_, tasks, points) => {
    expect(scoreWork({ tasks }, config).points).toBe(points);
  });

  it('weights a unit’s tasks, indicators and reports; every line names its source', () => {
    const score = scoreWork(
      {
        tasks: [task('t1', 'doneOnTime'), task('t2', 'doneLate')],
        indicators: [
          { itemId: 'i1', label: 'Chỉ tiêu 1', verdict: 'met' },
          { itemId: 'i2', label: 'Chỉ tiêu 2', verdict: 'notMet' },
          { itemId: 'i3', label: 'Chỉ tiêu 3', verdict: 'notAssessable' },
        ],
        reports: [
          { id: 'p1|u', label: 'Tháng 1', status: 'onTime' },
          { id: 'p2|u', label: 'Tháng 2', status: 'late' },
          { id: 'p3|u', label: 'Tháng 3', status: 'pending' },
        ],
      },
      config,
    );
    // tasks 70 × 1.75/2 = 61.25; indicators 20 × 1/2 = 10; reports 10 × 1.75/2 = 8.75
    expect(score.points).toBe(80);
    expect(score.lines.map((l) => `${l.component}:${l.sourceId}:${l.earned}`)).toEqual([
      'tasks:t1:1',
      'tasks:t2:0.75',
      'indicators:i1:1',
      'indicators:i2:0',
      'reports:p1|u:1',
      'reports:p2|u:0.75',
    ]);
    expect(ratingOfScore(score, config)).toBe('HTTNV');
  });

  it('gives the weight of a component without material to the others', () => {
    const score = scoreWork(
      { tasks: [task('a', 'doneOnTime')], reports: [{ id: 'r', label: 'r', status: 'missing' }] },
      config,
    );
    expect(score.components.tasks.weight).toBe(87.5);
    expect(score.components.indicators.weight).toBe(0);
    expect(score.points).toBe(87.5);
  });
});
