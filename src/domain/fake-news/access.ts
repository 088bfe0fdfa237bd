import type { Agency, ReferralTarget } from './workflow.js';

/**
 * Who does what in the centre. Team membership is separate from the department's own roles: the
 * propaganda board's and the police's officials hold accounts without belonging to the department.
 */
export const TEAM_ROLES = ['intake', 'member', 'leader', 'viewer'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TEAM_ROLE_LABELS: Readonly<Record<TeamRole, string>> = {
  intake: 'Cán bộ tiếp nhận',
  member: 'Thành viên Tổ xử lý',
  leader: 'Lãnh đạo phụ trách',
  viewer: 'Chỉ xem',
};

export interface TeamMember {
  userId: string;
  agency: Agency;
  role: TeamRole;
}

/** What reading a case depends on. */
export interface CaseScope {
  assigneeIds: readonly string[];
  assigneeAgencies: readonly Agency[];
  referredTo: ReferralTarget | null;
}

/**
 * The police's members see only the cases assigned to the police or referred to it; everyone else
 * on the team sees every case, since classifying needs the whole picture.
 */
export function canReadCase(member: TeamMember, scope: CaseScope): boolean {
  if (member.agency !== 'police' || member.role === 'leader') return true;
  return (
    scope.assigneeAgencies.includes('police') ||
    scope.referredTo === 'police' ||
    scope.assigneeIds.includes(member.userId)
  );
}

export type TeamAction =
  'intake' | 'classify' | 'assign' | 'verify' | 'approve' | 'publish' | 'refer' | 'close';

const ALLOWED: Readonly<Record<TeamAction, readonly TeamRole[]>> = {
  intake: ['intake', 'leader'],
  classify: ['intake', 'leader'],
  assign: ['intake', 'leader'],
  // Verification notes and the proposed conclusion come from the assigned members (checked apart).
  verify: ['member', 'leader'],
  approve: ['leader'],
  publish: ['intake', 'leader'],
  refer: ['intake', 'leader'],
  close: ['intake', 'leader'],
};

export function teamMay(member: TeamMember, action: TeamAction): boolean {
  return ALLOWED[action].includes(member.role);
}
