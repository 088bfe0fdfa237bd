import type { Kysely } from 'kysely';
import type { OrgUnit, OrgUnitKind } from '../../domain/org/org-unit.js';
import type { Database, OrgUnitRow } from '../db/schema.js';

export interface OrgUnitFields {
  parentId: string | null;
  code: string;
  name: string;
  shortName: string | null;
  kind: OrgUnitKind;
  aliases: string[];
  sortOrder: number;
}

export function toOrgUnit(row: OrgUnitRow): OrgUnit {
  return {
    id: row.id,
    parentId: row.parent_id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind as OrgUnitKind,
    aliases: row.aliases,
    sortOrder: row.sort_order,
  };
}

export class OrgUnitRepository {
  async listAll(db: Kysely<Database>): Promise<OrgUnit[]> {
    const rows = await db.selectFrom('org_units').selectAll().execute();
    return rows.map(toOrgUnit);
  }

  async findById(db: Kysely<Database>, id: string): Promise<OrgUnit | undefined> {
    const row = await db.selectFrom('org_units').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toOrgUnit(row);
  }

  async findByCode(db: Kysely<Database>, code: string): Promise<OrgUnit | undefined> {
    const row = await db
      .selectFrom('org_units')
      .selectAll()
      .where((eb) => eb(eb.fn('lower', ['code']), '=', code.toLowerCase()))
      .executeTakeFirst();
    return row && toOrgUnit(row);
  }

  async insert(db: Kysely<Database>, fields: OrgUnitFields): Promise<OrgUnit> {
    const row = await db
      .insertInto('org_units')
      .values({
        parent_id: fields.parentId,
        code: fields.code,
        name: fields.name,
        short_name: fields.shortName,
        kind: fields.kind,
        aliases: JSON.stringify(fields.aliases),
        sort_order: fields.sortOrder,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toOrgUnit(row);
  }

  async update(db: Kysely<Database>, id: string, fields: Partial<OrgUnitFields>): Promise<OrgUnit> {
    const row = await db
      .updateTable('org_units')
      .set({
        ...(fields.parentId !== undefined ? { parent_id: fields.parentId } : {}),
        ...(fields.code !== undefined ? { code: fields.code } : {}),
        ...(fields.name !== undefined ? { name: fields.name } : {}),
        ...(fields.shortName !== undefined ? { short_name: fields.shortName } : {}),
        ...(fields.kind !== undefined ? { kind: fields.kind } : {}),
        ...(fields.aliases !== undefined ? { aliases: JSON.stringify(fields.aliases) } : {}),
        ...(fields.sortOrder !== undefined ? { sort_order: fields.sortOrder } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toOrgUnit(row);
  }

  async delete(db: Kysely<Database>, id: string): Promise<void> {
    await db.deleteFrom('org_units').where('id', '=', id).execute();
  }

  async countDependents(db: Kysely<Database>, id: string): Promise<{ children: number; users: number }> {
    const [children, users] = await Promise.all([
      db
        .selectFrom('org_units')
        .select((eb) => eb.fn.countAll<string | number | bigint>().as('n'))
        .where('parent_id', '=', id)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<string | number | bigint>().as('n'))
        .where('org_unit_id', '=', id)
        .executeTakeFirstOrThrow(),
    ]);
    return { children: Number(children.n), users: Number(users.n) };
  }
}
