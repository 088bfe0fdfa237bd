import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/access/permissions.js';
import type { ReportUnits } from '../../domain/access/report-access.js';
import type { OrgUnit } from '../../domain/org/org-unit.js';
import { ancestorChain } from '../../domain/org/tree.js';
import type { Database } from '../db/schema.js';
import { OrgUnitRepository } from '../org-units/org-units.repository.js';

const repository = new OrgUnitRepository();

/** The org tree read once per request, for names, ancestor chains and the access rules. */
export class UnitDirectory {
  readonly byId: ReadonlyMap<string, OrgUnit>;

  constructor(readonly units: readonly OrgUnit[]) {
    this.byId = new Map(units.map((u) => [u.id, u]));
  }

  static async load(db: Kysely<Database>): Promise<UnitDirectory> {
    return new UnitDirectory(await repository.listAll(db));
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  name(id: string): string {
    return this.byId.get(id)?.name ?? 'Đơn vị đã xóa';
  }

  ref(id: string): { id: string; name: string } {
    return { id, name: this.name(id) };
  }

  chain(id: string): string[] {
    return ancestorChain(this.byId, id);
  }

  /** The unit and every unit below it. */
  subtree(id: string): string[] {
    return this.units.filter((u) => this.chain(u.id).includes(id)).map((u) => u.id);
  }

  reportUnits(actor: Actor, unitId: string, receivingUnitId: string): ReportUnits {
    return {
      unitChain: this.chain(unitId),
      receivingChain: this.chain(receivingUnitId),
      actorChain: this.chain(actor.orgUnitId),
    };
  }
}
