export const ROLES = ['admin', 'leader', 'unitHead', 'staff', 'compiler', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  leader: 'Lãnh đạo',
  unitHead: 'Trưởng đơn vị',
  staff: 'Chuyên viên',
  compiler: 'Tổng hợp',
  viewer: 'Chỉ xem',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
