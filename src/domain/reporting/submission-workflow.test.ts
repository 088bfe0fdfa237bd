import { describe, expect, it } from 'vitest';
import {
  type BoardCell,
  type SubmissionAction,
  type SubmissionState,
  type WorkflowState,
  boardCell,
  countsAsSent,
  stateAfter,
  workflowRefusal,
} from './submission-workflow.js';
import type { SubmissionStatus } from './timeliness.js';

const draft: WorkflowState = { status: 'draft', locked: false };
const submitted: WorkflowState = { status: 'submitted', locked: false };
const returned: WorkflowState = { status: 'returned', locked: false };
const accepted: WorkflowState = { status: 'accepted', locked: true };

describe('submission workflow', () => {
  it.each<[SubmissionAction, WorkflowState, WorkflowState | null]>([
    ['save', draft, draft],
    ['save', returned, returned],
    ['save', submitted, null],
    ['save', accepted, null],
    ['submit', draft, submitted],
    ['submit', returned, submitted],
    ['submit', submitted, null],
    ['submit', accepted, null],
    ['return', submitted, returned],
    ['return', draft, null],
    ['return', accepted, null],
    ['accept', submitted, accepted],
    ['accept', returned, null],
    ['accept', draft, null],
    ['unlock', accepted, returned],
    ['unlock', submitted, null],
    ['unlock', draft, null],
  ])('%s from %o → %o', (action, from, to) => {
    const refusal = workflowRefusal(action, from);
    if (to === null) expect(refusal).toMatch(/\S/);
    else {
      expect(refusal).toBeNull();
      expect(stateAfter(action, from, true)).toEqual(to);
    }
  });

  it.each<[boolean, WorkflowState]>([
    [true, returned],
    [false, draft],
  ])('unlocking a report ever sent (%s) reopens it as %o', (everSubmitted, to) => {
    expect(stateAfter('unlock', accepted, everSubmitted)).toEqual(to);
  });

  it.each<[SubmissionAction, WorkflowState]>([
    ['save', draft],
    ['submit', returned],
    ['return', accepted],
  ])('a locked report refuses %s whatever its status', (action, state) => {
    expect(workflowRefusal(action, { ...state, locked: true })).toMatch(/khóa/);
  });
});

describe('boardCell', () => {
  it.each<[SubmissionState | null, SubmissionStatus, BoardCell]>([
    [null, 'pending', 'pending'],
    [null, 'missing', 'missing'],
    ['draft', 'pending', 'draft'],
    ['draft', 'missing', 'missing'],
    ['submitted', 'onTime', 'onTime'],
    ['submitted', 'late', 'late'],
    ['returned', 'pending', 'returned'],
    ['returned', 'missing', 'returned'],
    ['accepted', 'late', 'accepted'],
  ])('%s, %s → %s', (status, timeliness, cell) => {
    expect(boardCell(status, timeliness)).toBe(cell);
  });
});

describe('countsAsSent', () => {
  it.each<[SubmissionState, boolean]>([
    ['draft', false],
    ['submitted', true],
    ['returned', false],
    ['accepted', true],
  ])('%s → %s', (status, sent) => {
    expect(countsAsSent(status)).toBe(sent);
  });
});
