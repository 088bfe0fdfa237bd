import type { Kysely } from 'kysely';
import type { Role } from '../../src/domain/access/roles.js';
import type { OrgUnitKind } from '../../src/domain/org/org-unit.js';
import { systemContext } from '../../src/server/common/context.js';
import type { Database } from '../../src/server/db/schema.js';
import type { Services } from '../../src/server/services.js';

let sequence = 0;
const next = () => ++sequence;
const ctx = systemContext('test');

export const TEST_PASSWORD = 'mat-khau-thu-nghiem';

export interface UnitOverrides {
  parentId?: string | null;
  code?: string;
  name?: string;
  shortName?: string | null;
  kind?: OrgUnitKind;
  aliases?: string[];
  sortOrder?: number;
}

export function aUnit(services: Services, overrides: UnitOverrides = {}) {
  const n = next();
  return services.orgUnits.create(ctx, {
    parentId: overrides.parentId ?? null,
    code: overrides.code ?? `U${n}`,
    name: overrides.name ?? `Đơn vị thử ${n}`,
    shortName: overrides.shortName ?? null,
    kind: overrides.kind ?? 'division',
    aliases: overrides.aliases ?? [],
    ...(overrides.sortOrder === undefined ? {} : { sortOrder: overrides.sortOrder }),
  });
}

export interface UserOverrides {
  username?: string;
  roles?: Role[];
  orgUnitId: string;
  password?: string;
}

export function aUser(services: Services, overrides: UserOverrides) {
  const n = next();
  return services.users.create(ctx, {
    username: overrides.username ?? `user${n}`,
    fullName: `Người dùng ${n}`,
    email: null,
    orgUnitId: overrides.orgUnitId,
    roles: overrides.roles ?? ['staff'],
    password: overrides.password ?? TEST_PASSWORD,
  });
}

/** A department with two divisions and one user per role, the shape most permission tests need. */
export async function aDepartment(services: Services) {
  const department = await aUnit(services, { kind: 'provincialDepartment', name: 'Sở thử nghiệm' });
  const divisionA = await aUnit(services, { parentId: department.id, name: 'Phòng A' });
  const divisionB = await aUnit(services, { parentId: department.id, name: 'Phòng B' });
  const admin = await aUser(services, { orgUnitId: department.id, roles: ['admin'] });
  const headA = await aUser(services, { orgUnitId: divisionA.id, roles: ['unitHead'] });
  const staffA = await aUser(services, { orgUnitId: divisionA.id, roles: ['staff'] });
  const staffB = await aUser(services, { orgUnitId: divisionB.id, roles: ['staff'] });
  return { department, divisionA, divisionB, admin, headA, staffA, staffB };
}

/** A multipart/form-data body carrying one file (field `file` unless told) and optional text fields. */
export function aMultipartUpload(
  file: { filename: string; content: string | Buffer; field?: string; contentType?: string } | null,
  fields: Record<string, string> = {},
) {
  const boundary = `----baocao-test-${next()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    const head =
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename}"\r\n` +
      `Content-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`;
    parts.push(Buffer.from(head), Buffer.from(file.content), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/**
 * Everything a failed request must leave untouched: all org units, users and API tokens as stored,
 * and how many audit rows, sessions and import previews exist.
 */
export async function aStoreSnapshot(db: Kysely<Database>) {
  const count = async (table: 'audit_log' | 'sessions' | 'import_previews') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    orgUnits: await db.selectFrom('org_units').selectAll().orderBy('id').execute(),
    users: await db.selectFrom('users').selectAll().orderBy('id').execute(),
    apiTokens: await db.selectFrom('api_tokens').selectAll().orderBy('id').execute(),
    auditRows: await count('audit_log'),
    sessions: await count('sessions'),
    importPreviews: await count('import_previews'),
  };
}
