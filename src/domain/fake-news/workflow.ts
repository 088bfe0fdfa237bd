/**
 * The fake-news handling centre's case workflow (Trung tâm xử lý tin giả, seed 000): a report is
 * received, classified, assigned to the inter-agency team, verified, concluded, approved by the
 * leader in charge, then published and/or referred, and closed. One table of moves is the rule;
 * the service asks it before every change and the UI asks it which buttons to show.
 */

export const CASE_STATUSES = [
  'received',
  'classified',
  'assigned',
  'concluded',
  'approved',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_ACTIONS = [
  'classify',
  'assign',
  'addNote',
  'conclude',
  'approve',
  'reject',
  'publish',
  'refer',
  'recordOutcome',
  'close',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** The four conclusions the centre may reach. */
export const VERDICTS = ['fake', 'false', 'insufficient', 'notFake'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  fake: 'Tin giả',
  false: 'Tin sai sự thật',
  insufficient: 'Chưa đủ căn cứ',
  notFake: 'Không phải tin giả',
};

export const STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  received: 'Đã tiếp nhận',
  classified: 'Đã phân loại',
  assigned: 'Đang xác minh',
  concluded: 'Chờ lãnh đạo phê duyệt',
  approved: 'Đã có kết luận',
  closed: 'Đã kết thúc',
};

/** The three agencies whose officials make up the team (Sở TT&TT, Ban Tuyên giáo, Công an tỉnh). */
export const AGENCIES = ['department', 'propaganda', 'police'] as const;
export type Agency = (typeof AGENCIES)[number];

export const AGENCY_LABELS: Readonly<Record<Agency, string>> = {
  department: 'Sở Thông tin và Truyền thông',
  propaganda: 'Ban Tuyên giáo Tỉnh ủy',
  police: 'Công an tỉnh',
};

/** Where a confirmed violation is referred: the police, or the department's inspectorate to fine it. */
export const REFERRAL_TARGETS = ['police', 'inspectorate'] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

export const REFERRAL_TARGET_LABELS: Readonly<Record<ReferralTarget, string>> = {
  police: 'Công an tỉnh',
  inspectorate: 'Thanh tra Sở Thông tin và Truyền thông',
};

export const CHANNELS = ['web', 'hotline', 'email', 'letter', 'monitoring', 'fanpage'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  web: 'Trang phản ánh công khai',
  hotline: 'Đường dây nóng',
  email: 'Thư điện tử',
  letter: 'Văn bản của cơ quan, tổ chức',
  monitoring: 'Tổ tự rà soát',
  fanpage: 'Fanpage',
};

export const PLATFORMS = ['facebook', 'tiktok', 'youtube', 'zalo', 'website', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_LABELS: Readonly<Record<Platform, string>> = {
  facebook: 'Facebook',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  zalo: 'Zalo',
  website: 'Trang thông tin điện tử',
  other: 'Khác',
};

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  low: 'Thấp',
  medium: 'Trung bình',
  high: 'Nghiêm trọng',
};

/** What a move needs to know about the case besides its status. */
export interface CaseFacts {
  status: CaseStatus;
  verdict: Verdict | null;
  published: boolean;
  referred: boolean;
  assignees: number;
}

export type MoveRefusal =
  'wrongStatus' | 'noAssignees' | 'notPublishable' | 'alreadyPublished' | 'alreadyReferred' | 'notReferred';

export type MoveResult = { ok: true; status: CaseStatus } | { ok: false; reason: MoveRefusal };

const ok = (status: CaseStatus): MoveResult => ({ ok: true, status });
const refuse = (reason: MoveRefusal): MoveResult => ({ ok: false, reason });

/** Only a confirmed fake or false item is stamped and published; the others are closed with their verdict. */
export function isPublishable(verdict: Verdict | null): boolean {
  return verdict === 'fake' || verdict === 'false';
}

/** The status after `action`, or why the action is not allowed now. */
export function move(facts: CaseFacts, action: CaseAction): MoveResult {
  const { status } = facts;
  switch (action) {
    case 'classify':
      // Reclassifying before the conclusion is normal: verification may show another domain.
      return status === 'received' || status === 'classified' ? ok('classified') : refuse('wrongStatus');
    case 'assign':
      return status === 'classified' || status === 'assigned' ? ok('assigned') : refuse('wrongStatus');
    case 'addNote':
      return status === 'assigned' ? ok('assigned') : refuse('wrongStatus');
    case 'conclude':
      if (status !== 'assigned') return refuse('wrongStatus');
      return facts.assignees > 0 ? ok('concluded') : refuse('noAssignees');
    case 'approve':
      return status === 'concluded' ? ok('approved') : refuse('wrongStatus');
    case 'reject':
      return status === 'concluded' ? ok('assigned') : refuse('wrongStatus');
    case 'publish':
      if (status !== 'approved') return refuse('wrongStatus');
      if (!isPublishable(facts.verdict)) return refuse('notPublishable');
      return facts.published ? refuse('alreadyPublished') : ok('approved');
    case 'refer':
      if (status !== 'approved') return refuse('wrongStatus');
      return facts.referred ? refuse('alreadyReferred') : ok('approved');
    case 'recordOutcome':
      if (status !== 'approved' && status !== 'closed') return refuse('wrongStatus');
      return facts.referred ? ok(status) : refuse('notReferred');
    case 'close':
      return status === 'approved' ? ok('closed') : refuse('wrongStatus');
  }
}

/** The actions open on a case now, for the UI's buttons. */
export function availableActions(facts: CaseFacts): CaseAction[] {
  return CASE_ACTIONS.filter((a) => move(facts, a).ok);
}

export const REFUSAL_MESSAGES: Readonly<Record<MoveRefusal, string>> = {
  wrongStatus: 'Vụ việc đang ở bước khác, không thực hiện được thao tác này.',
  noAssignees: 'Vụ việc chưa được giao cho thành viên Tổ xử lý nào.',
  notPublishable: 'Chỉ công bố vụ việc có kết luận là tin giả hoặc tin sai sự thật.',
  alreadyPublished: 'Vụ việc đã được công bố.',
  alreadyReferred: 'Vụ việc đã được chuyển cơ quan chức năng.',
  notReferred: 'Vụ việc chưa được chuyển cơ quan chức năng, chưa có kết quả xử lý để ghi.',
};
