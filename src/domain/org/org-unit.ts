export const ORG_UNIT_KINDS = [
  'ministry',
  'provincialDepartment',
  'division',
  'centre',
  'peoplesCommittee',
  'enterprise',
  'association',
] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const ORG_UNIT_KIND_LABELS: Record<OrgUnitKind, string> = {
  ministry: 'Bộ',
  provincialDepartment: 'Sở',
  division: 'Phòng',
  centre: 'Trung tâm',
  peoplesCommittee: 'UBND',
  enterprise: 'Doanh nghiệp',
  association: 'Hiệp hội',
};

export interface OrgUnit {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  shortName: string | null;
  kind: OrgUnitKind;
  aliases: string[];
  sortOrder: number;
}

export type OrgUnitNode = OrgUnit & { children: OrgUnitNode[] };
