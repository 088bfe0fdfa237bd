import type { OrgUnitKind } from '../../domain/org/org-unit.js';
import type { Role } from '../../domain/access/roles.js';

/**
 * Sample organisation (Dữ liệu mẫu): the department of seed plan 40/KH-STTTT and its units, and the
 * ministry it reports to with five more provincial departments, for reports across levels.
 */
export interface DemoUnit {
  code: string;
  name: string;
  shortName: string | null;
  kind: OrgUnitKind;
  parentCode: string | null;
  aliases: string[];
}

export const DEMO_UNITS: DemoUnit[] = [
  {
    code: 'UBND-AG',
    name: 'Ủy ban nhân dân tỉnh An Giang',
    shortName: 'UBND tỉnh An Giang',
    kind: 'peoplesCommittee',
    parentCode: null,
    aliases: ['UBND tỉnh'],
  },
  {
    code: 'STTTT-AG',
    name: 'Sở Thông tin và Truyền thông An Giang',
    shortName: 'Sở TTTT',
    kind: 'provincialDepartment',
    parentCode: 'UBND-AG',
    aliases: ['STTTT', 'Sở Thông tin và Truyền thông'],
  },
  {
    code: 'BGD',
    name: 'Ban Giám đốc',
    shortName: 'BGĐ',
    kind: 'division',
    parentCode: 'STTTT-AG',
    aliases: ['Ban Giám đốc Sở', 'Lãnh đạo Sở'],
  },
  {
    code: 'VP',
    name: 'Văn phòng',
    shortName: 'Văn phòng',
    kind: 'division',
    parentCode: 'STTTT-AG',
    aliases: ['VP', 'Văn phòng Sở'],
  },
  {
    code: 'TTRA',
    name: 'Thanh tra Sở',
    shortName: 'Thanh tra Sở',
    kind: 'division',
    parentCode: 'STTTT-AG',
    aliases: ['Thanh tra', 'TTr'],
  },
  {
    code: 'KHTC',
    name: 'Phòng Kế hoạch – Tài chính',
    shortName: 'KHTC',
    kind: 'division',
    parentCode: 'STTTT-AG',
    aliases: ['KH-TC', 'Phòng KH-TC', 'Phòng KHTC'],
  },
  {
    code: 'CNTT-BCVT',
    name: 'Phòng Công nghệ thông tin – Bưu chính – Viễn thông',
    shortName: 'CNTT-BCVT',
    kind: 'division',
    parentCode: 'STTTT-AG',
    aliases: ['Phòng CNTT-BCVT', 'CNTT - BCVT'],
  },
  {
    code: 'TTBCXB',
    name: 'Phòng Thông tin – Báo chí – Xuất bản',
    shortName: 'TTBCXB',
    kind: 'division',
    parentCode: 'STTTT-AG',
    aliases: ['TT-BC-XB', 'Phòng TTBCXB'],
  },
  {
    code: 'TTCNTT-TT',
    name: 'Trung tâm Công nghệ thông tin và Truyền thông',
    shortName: 'TTCNTT-TT',
    kind: 'centre',
    parentCode: 'STTTT-AG',
    aliases: ['TTCNTT&TT', 'Trung tâm CNTT-TT', 'TT CNTT-TT'],
  },
  // The ministry the departments report to, for the multi-level reporting sample.
  {
    code: 'BTTTT',
    name: 'Bộ Thông tin và Truyền thông',
    shortName: 'Bộ TTTT',
    kind: 'ministry',
    parentCode: null,
    aliases: ['Bộ TT&TT'],
  },
  {
    code: 'VKHTC-BTTTT',
    name: 'Vụ Kế hoạch – Tài chính',
    shortName: 'Vụ KHTC',
    kind: 'division',
    parentCode: 'BTTTT',
    aliases: ['Vụ KH-TC'],
  },
  ...otherProvince('CT', 'thành phố', 'Cần Thơ'),
  ...otherProvince('DT', 'tỉnh', 'Đồng Tháp'),
  ...otherProvince('KG', 'tỉnh', 'Kiên Giang'),
  ...otherProvince('CM', 'tỉnh', 'Cà Mau'),
  ...otherProvince('HG', 'tỉnh', 'Hậu Giang'),
];

/** The Sở of the ministry regime's departments: the short names must not collide with An Giang's "Sở TTTT". */
function otherProvince(code: string, level: 'tỉnh' | 'thành phố', name: string): DemoUnit[] {
  const committee = `UBND-${code}`;
  return [
    {
      code: committee,
      name: `Ủy ban nhân dân ${level} ${name}`,
      shortName: `UBND ${level === 'tỉnh' ? 'tỉnh' : 'TP'} ${name}`,
      kind: 'peoplesCommittee',
      parentCode: null,
      aliases: [],
    },
    {
      code: `STTTT-${code}`,
      name: `Sở Thông tin và Truyền thông ${name}`,
      shortName: `Sở TTTT ${name}`,
      kind: 'provincialDepartment',
      parentCode: committee,
      aliases: [],
    },
  ];
}

/** The departments that send the ministry's 6-month report (demo-reporting.ts). */
export const DEMO_MINISTRY_DEPARTMENTS = [
  'STTTT-AG',
  'STTTT-CT',
  'STTTT-DT',
  'STTTT-KG',
  'STTTT-CM',
  'STTTT-HG',
];

export interface DemoAccount {
  username: string;
  fullName: string;
  unitCode: string;
  roles: Role[];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', unitCode: 'VP', roles: ['admin'] },
  { username: 'lanhdao', fullName: 'Nguyễn Văn Lãnh Đạo (mẫu)', unitCode: 'BGD', roles: ['leader'] },
  {
    username: 'truongphong',
    fullName: 'Trần Thị Trưởng Phòng (mẫu)',
    unitCode: 'CNTT-BCVT',
    roles: ['unitHead'],
  },
  { username: 'chuyenvien', fullName: 'Lê Văn Chuyên Viên (mẫu)', unitCode: 'CNTT-BCVT', roles: ['staff'] },
  { username: 'tonghop', fullName: 'Phạm Thị Tổng Hợp (mẫu)', unitCode: 'KHTC', roles: ['compiler'] },
  { username: 'xem', fullName: 'Võ Văn Người Xem (mẫu)', unitCode: 'TTRA', roles: ['viewer'] },
  {
    username: 'tonghopbo',
    fullName: 'Đặng Thị Tổng Hợp Bộ (mẫu)',
    unitCode: 'VKHTC-BTTTT',
    roles: ['compiler'],
  },
  {
    username: 'giamdoccantho',
    fullName: 'Huỳnh Văn Giám Đốc Sở (mẫu)',
    unitCode: 'STTTT-CT',
    roles: ['unitHead'],
  },
];
