import { Tag } from 'antd';
import type { OrgUnitKind, Role } from '../api/types';
import { t } from '../i18n';

const roleColors: Record<Role, string> = {
  admin: 'red',
  leader: 'gold',
  unitHead: 'blue',
  staff: 'default',
  compiler: 'purple',
  viewer: 'default',
};

export function roleLabel(role: Role): string {
  return t(`role.${role}`);
}

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  return (
    <>
      {roles.map((role) => (
        <Tag key={role} color={roleColors[role]} data-testid={`role-${role}`}>
          {roleLabel(role)}
        </Tag>
      ))}
    </>
  );
}

const kindColors: Record<OrgUnitKind, string> = {
  ministry: 'magenta',
  provincialDepartment: 'blue',
  division: 'cyan',
  centre: 'green',
  peoplesCommittee: 'volcano',
  enterprise: 'orange',
  association: 'geekblue',
};

export function kindLabel(kind: OrgUnitKind): string {
  return t(`unitKind.${kind}`);
}

export function KindTag({ kind }: { kind: OrgUnitKind }) {
  return (
    <Tag color={kindColors[kind]} style={{ marginInlineEnd: 0 }}>
      {kindLabel(kind)}
    </Tag>
  );
}
