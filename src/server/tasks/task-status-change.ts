import type { IsoDate } from '../../domain/calendar/index.js';
import { type TaskStatus, transitionTask } from '../../domain/tracking/index.js';
import { AppError } from '../common/errors.js';
import type { OccurrenceChange } from './task-writes.repository.js';
import type { OccurrenceFields } from './tasks.repository.js';

export interface StatusRequest {
  status?: TaskStatus | undefined;
  progress?: number | undefined;
  completedOn?: IsoDate | undefined;
  reason?: string | undefined;
}

export type PlannedChange = Omit<OccurrenceChange, 'updatedBy'>;

/**
 * What an update does to an occurrence, by the domain's status rules. Sending the status it already
 * has is not a move: the update is then a progress note. Finishing defaults to today and sets
 * progress to 100; a cancellation keeps its reason on the occurrence.
 */
export function planStatusChange(
  occurrence: Pick<OccurrenceFields, 'status' | 'progress' | 'completed_on' | 'cancel_reason'>,
  request: StatusRequest,
  today: IsoDate,
): PlannedChange {
  const moves = request.status !== undefined && request.status !== occurrence.status;
  if (!moves) {
    if (request.completedOn !== undefined) {
      throw AppError.validation('Chỉ ghi ngày hoàn thành khi chuyển nhiệm vụ sang "Hoàn thành".');
    }
    return {
      status: occurrence.status,
      progress: occurrence.status === 'done' ? 100 : (request.progress ?? occurrence.progress),
      completedOn: occurrence.completed_on,
      cancelReason: occurrence.cancel_reason,
    };
  }
  const next = request.status as TaskStatus;
  const result = transitionTask(occurrence.status, next, {
    ...(request.reason === undefined ? {} : { reason: request.reason }),
    ...(next === 'done' ? { completedOn: request.completedOn ?? today } : {}),
    ...(next !== 'done' && request.completedOn !== undefined ? { completedOn: request.completedOn } : {}),
    today,
  });
  if (!result.ok) throw AppError.validation(result.error.message, { code: result.error.code });
  return {
    status: result.status,
    progress: result.status === 'done' ? 100 : (request.progress ?? occurrence.progress),
    completedOn: result.completedOn,
    cancelReason: result.status === 'cancelled' ? result.reason : null,
  };
}

/** Someone else saved first: nothing is written, and the caller gets what is stored now. */
export function staleVersion(
  current: Pick<
    OccurrenceFields,
    'id' | 'status' | 'progress' | 'completed_on' | 'cancel_reason' | 'version'
  >,
): AppError {
  return AppError.conflict(
    'Nhiệm vụ vừa được người khác cập nhật. Hãy tải lại để xem thay đổi rồi cập nhật lại.',
    {
      current: {
        occurrenceId: current.id,
        status: current.status,
        progress: current.progress,
        completedOn: current.completed_on,
        cancelReason: current.cancel_reason,
        version: current.version,
      },
    },
  );
}
