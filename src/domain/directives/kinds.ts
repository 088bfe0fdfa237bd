/**
 * Where a task comes from (nguồn giao nhiệm vụ): the kind of its source document. A plan is one
 * kind among others; the rest is how a Vietnamese office receives most of its work (shared domain
 * brief, task-tracking §1.6: "nhiệm vụ, kết luận, chỉ đạo").
 */
export const TASK_SOURCE_KINDS = [
  'plan',
  'conclusionNotice',
  'directive',
  'annotatedIncoming',
  'meetingMinutes',
  'other',
] as const;
export type TaskSourceKind = (typeof TASK_SOURCE_KINDS)[number];

export const TASK_SOURCE_KIND_LABELS: Readonly<Record<TaskSourceKind, string>> = {
  plan: 'Kế hoạch',
  conclusionNotice: 'Thông báo kết luận',
  directive: 'Văn bản chỉ đạo',
  annotatedIncoming: 'Văn bản đến có bút phê',
  meetingMinutes: 'Biên bản cuộc họp',
  other: 'Văn bản khác',
};

export const TASK_PRIORITIES = ['normal', 'important', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const TASK_PRIORITY_LABELS: Readonly<Record<TaskPriority, string>> = {
  normal: 'Bình thường',
  important: 'Quan trọng',
  urgent: 'Khẩn',
};

/** Higher sorts first in an inbox. */
export const PRIORITY_RANK: Readonly<Record<TaskPriority, number>> = { urgent: 2, important: 1, normal: 0 };

export const EXTENSION_STATUSES = ['pending', 'approved', 'refused'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

export const EXTENSION_STATUS_LABELS: Readonly<Record<ExtensionStatus, string>> = {
  pending: 'Chờ quyết định',
  approved: 'Đã gia hạn',
  refused: 'Không đồng ý gia hạn',
};

/**
 * The kind a document's type line suggests ("THÔNG BÁO" + "Kết luận …" is a conclusion notice); the
 * compiler confirms or changes it in the preview. `folded` texts are foldVietnamese'd.
 */
export function sourceKindOf(foldedType: string | null, foldedTitle: string | null): TaskSourceKind {
  const type = foldedType ?? '';
  const title = foldedTitle ?? '';
  if (/ket luan/.test(type) || (/thong bao/.test(type) && /ket luan|y kien chi dao/.test(title)))
    return 'conclusionNotice';
  if (/bien ban/.test(type)) return 'meetingMinutes';
  if (/ke hoach/.test(type)) return 'plan';
  if (/chi thi|cong van|van ban|quyet dinh|thong bao|cong dien/.test(type)) return 'directive';
  return 'other';
}
