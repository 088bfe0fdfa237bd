import { describe, expect, it } from 'vitest';
import type { SubmissionStatus } from '../../domain/reporting/index.js';
import type { SubmissionState } from '../db/schema.js';
import { submissionSubjectId } from './submission-reminder-source.js';
import {
  type BoardCell,
  type SubmissionAction,
  type WorkflowState,
  boardCell,
  stateAfter,
  workflowRefusal,
} from './submission-workflow.js';

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

  it('reopens a never-sent report as a draft', () => {
    expect(stateAfter('unlock', accepted, false)).toEqual(draft);
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

describe('submissionSubjectId', () => {
  it('is a stable UUID per period and unit', () => {
    const a = submissionSubjectId('p1', 'u1');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(submissionSubjectId('p1', 'u1')).toBe(a);
    expect(submissionSubjectId('p1', 'u2')).not.toBe(a);
  });
});
