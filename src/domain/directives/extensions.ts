import { compareIsoDates, type IsoDate } from '../calendar/index.js';
import type { TaskStatus } from '../tracking/task-status.js';

/*
 * Deadline extensions (gia hạn). The lead unit asks with a reason and a proposed date; whoever
 * assigned the task approves it (with that date or another), or refuses it. The shared domain brief
 * (task-tracking §1.2, §3) could not confirm the regulation's article, so the workflow follows the
 * practice it records: a written request, normally before the deadline but also accepted after it,
 * decided by the assigning level, every previous deadline kept. These checks say why a request or
 * a decision is refused; the service refuses it before writing anything.
 */

/** dd/mm/yyyy, as Vietnamese documents write dates. */
export function viDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

export interface ExtensionSubject {
  status: TaskStatus;
  /** The deadline in force. */
  deadline: IsoDate | null;
  hasPending: boolean;
}

export const EXTENSION_ERRORS = {
  finished: 'Nhiệm vụ đã hoàn thành hoặc đã hủy, không thể đề nghị gia hạn.',
  noDeadline: 'Nhiệm vụ không có thời hạn nên không cần gia hạn.',
  pending: 'Nhiệm vụ đã có một đề nghị gia hạn đang chờ quyết định.',
  notAfter: (proposed: IsoDate, deadline: IsoDate) =>
    `Ngày đề nghị gia hạn (${viDate(proposed)}) phải sau hạn hiện tại (${viDate(deadline)}).`,
  notPending: 'Đề nghị gia hạn này đã được quyết định trước đó.',
  notAssigner:
    'Chỉ người giao nhiệm vụ (lãnh đạo phụ trách hoặc người tạo nhiệm vụ) mới được quyết định gia hạn.',
  notLeadUnit: 'Chỉ đơn vị chủ trì nhiệm vụ mới được đề nghị gia hạn.',
} as const;

/** Why a request cannot be filed; null when it can. */
export function extensionRequestProblem(subject: ExtensionSubject, proposed: IsoDate): string | null {
  if (subject.status === 'done' || subject.status === 'cancelled') return EXTENSION_ERRORS.finished;
  if (subject.deadline === null) return EXTENSION_ERRORS.noDeadline;
  if (subject.hasPending) return EXTENSION_ERRORS.pending;
  if (compareIsoDates(proposed, subject.deadline) <= 0)
    return EXTENSION_ERRORS.notAfter(proposed, subject.deadline);
  return null;
}

export interface ExtensionDecision {
  approve: boolean;
  /** The date granted; the proposed one when absent. */
  date?: IsoDate | undefined;
}

/** Why a decision cannot be taken; null when it can. The granted date must still move the deadline. */
export function extensionDecisionProblem(
  request: { status: string; proposedDate: IsoDate },
  subject: Pick<ExtensionSubject, 'status' | 'deadline'>,
  decision: ExtensionDecision,
  isAssigner: boolean,
): string | null {
  if (!isAssigner) return EXTENSION_ERRORS.notAssigner;
  if (request.status !== 'pending') return EXTENSION_ERRORS.notPending;
  if (!decision.approve) return null;
  if (subject.status === 'done' || subject.status === 'cancelled') return EXTENSION_ERRORS.finished;
  const granted = decision.date ?? request.proposedDate;
  if (subject.deadline !== null && compareIsoDates(granted, subject.deadline) <= 0)
    return EXTENSION_ERRORS.notAfter(granted, subject.deadline);
  return null;
}
