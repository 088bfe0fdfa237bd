import type { SubmissionStatus } from './timeliness.js';

/** Where one unit's report for one period stands in its workflow (stored as `submissions.status`). */
export type SubmissionState = 'draft' | 'submitted' | 'returned' | 'accepted';

/**
 * The life of one unit's report for one period (pure): written as a draft, sent, returned for
 * changes or accepted and locked; a locked report reopens only through an unlock with a reason.
 */
export type SubmissionAction = 'save' | 'submit' | 'return' | 'accept' | 'unlock';

export interface WorkflowState {
  status: SubmissionState;
  locked: boolean;
}

const LOCKED =
  'Báo cáo đã được tiếp nhận và khóa, không sửa được. Cần đơn vị nhận mở khóa (ghi rõ lý do) trước khi sửa.';

/** Why the action is refused in this state, in Vietnamese; null when it is allowed. */
export function workflowRefusal(action: SubmissionAction, state: WorkflowState): string | null {
  if (action === 'unlock') return state.locked ? null : 'Báo cáo không bị khóa nên không cần mở khóa.';
  if (state.locked) return LOCKED;
  switch (action) {
    case 'save':
    case 'submit':
      if (state.status === 'submitted')
        return action === 'save'
          ? 'Báo cáo đã gửi và đang chờ đơn vị nhận xem xét, không sửa được. Nếu cần sửa, đề nghị đơn vị nhận trả lại.'
          : 'Báo cáo đã được gửi.';
      return null;
    case 'return':
    case 'accept':
      return state.status === 'submitted' ? null : 'Chỉ xem xét được báo cáo đã gửi và đang chờ tiếp nhận.';
  }
}

/** The state after an allowed action. Unlocking sends the report back to the unit to be fixed. */
export function stateAfter(
  action: SubmissionAction,
  state: WorkflowState,
  everSubmitted: boolean,
): WorkflowState {
  switch (action) {
    case 'save':
      return state;
    case 'submit':
      return { status: 'submitted', locked: false };
    case 'return':
      return { status: 'returned', locked: false };
    case 'accept':
      return { status: 'accepted', locked: true };
    case 'unlock':
      return { status: everSubmitted ? 'returned' : 'draft', locked: false };
  }
}

/**
 * A report counts as sent while it is with the receiver or accepted. A returned one does not count
 * until it is sent again — but it is then judged on its first sending time, so the receiver asking
 * for corrections never turns a punctual unit late.
 */
export function countsAsSent(status: SubmissionState): boolean {
  return status === 'submitted' || status === 'accepted';
}

export type BoardCell = 'onTime' | 'late' | 'missing' | 'pending' | 'draft' | 'returned' | 'accepted';

/** One cell of the period board: the workflow state where it says more than timeliness does. */
export function boardCell(status: SubmissionState | null, timeliness: SubmissionStatus): BoardCell {
  if (status === 'accepted' || status === 'returned') return status;
  if (timeliness === 'pending' && status === 'draft') return 'draft';
  return timeliness;
}
