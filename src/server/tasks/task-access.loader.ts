import type { Kysely } from 'kysely';
import {
  type TaskPermissions,
  type TaskReadScope,
  type TaskUnits,
  readsUnit,
  taskPermissions,
  taskReadScope,
} from '../../domain/access/task-access.js';
import { ancestorChain } from '../../domain/org/tree.js';
import { requireActor, type RequestContext } from '../common/context.js';
import { AppError } from '../common/errors.js';
import type { Database } from '../db/schema.js';
import { TaskRepository, type TaskUnitRow } from './tasks.repository.js';

type UnitTree = ReadonlyMap<string, { id: string; parentId: string | null }>;

export interface LoadedTaskUnits {
  rows: TaskUnitRow[];
  units: TaskUnits;
  /** The unit tree, for the reader's own place in it. */
  tree: UnitTree;
}

/** Reads what the access rules need (a task's units and where they sit in the tree) and applies them. */
export class TaskAccessLoader {
  private readonly repository = new TaskRepository();

  async tree(db: Kysely<Database>): Promise<UnitTree> {
    return new Map((await this.repository.unitParents(db)).map((u) => [u.id, u]));
  }

  /** The units of each task, with the ancestor chains of every unit named. */
  async ofTasks(db: Kysely<Database>, itemIds: readonly string[]): Promise<Map<string, LoadedTaskUnits>> {
    const [rows, tree] = await Promise.all([this.repository.units(db, itemIds), this.tree(db)]);
    const out = new Map<string, LoadedTaskUnits>();
    for (const id of itemIds) {
      const own = rows.filter((r) => r.plan_item_id === id);
      out.set(id, {
        rows: own,
        units: {
          leadUnitIds: own.filter((r) => r.role === 'lead').map((r) => r.org_unit_id),
          coordinatorUnitIds: own.filter((r) => r.role === 'coordinator').map((r) => r.org_unit_id),
          chains: new Map(own.map((r) => [r.org_unit_id, ancestorChain(tree, r.org_unit_id)])),
        },
        tree,
      });
    }
    return out;
  }

  async ofTask(db: Kysely<Database>, itemId: string): Promise<LoadedTaskUnits> {
    const loaded = (await this.ofTasks(db, [itemId])).get(itemId);
    if (!loaded) throw AppError.notFound('nhiệm vụ');
    return loaded;
  }

  /** The CLI and start-up jobs act with every right. */
  permissions(ctx: RequestContext, { units, tree }: LoadedTaskUnits): TaskPermissions {
    if (ctx.system) {
      return { canRead: true, canUpdate: true, canManage: true, partUnitIds: [...units.coordinatorUnitIds] };
    }
    const actor = requireActor(ctx);
    return taskPermissions(actor, ancestorChain(tree, actor.orgUnitId), units);
  }

  /** Refuses, in Vietnamese, unless the caller may read the task. */
  readable(ctx: RequestContext, loaded: LoadedTaskUnits): TaskPermissions {
    const permissions = this.permissions(ctx, loaded);
    if (!permissions.canRead) {
      throw AppError.forbidden('Nhiệm vụ này không thuộc đơn vị của bạn nên bạn không xem được.');
    }
    return permissions;
  }

  /** How far the caller's reading of work reaches; the CLI and start-up jobs reach everything. */
  static readScope(ctx: RequestContext): TaskReadScope {
    return ctx.system ? 'all' : taskReadScope(requireActor(ctx));
  }

  /** Whether the caller may read the work of `unitId` as a whole (statistics, inboxes). */
  static readsUnit(ctx: RequestContext, tree: UnitTree, unitId: string): boolean {
    if (ctx.system) return true;
    const actor = requireActor(ctx);
    return readsUnit(actor, ancestorChain(tree, actor.orgUnitId), ancestorChain(tree, unitId));
  }

  /** The units whose tasks (and statistics) the caller may read; null for all of them. */
  static readableUnitIds(ctx: RequestContext, tree: UnitTree): string[] | null {
    if (ctx.system) return null;
    const actor = requireActor(ctx);
    switch (taskReadScope(actor)) {
      case 'all':
        return null;
      case 'none':
        return [];
      case 'ownUnit':
        return [actor.orgUnitId];
      default:
        return [...tree.keys()].filter((id) => TaskAccessLoader.readsUnit(ctx, tree, id));
    }
  }

  /** The units whose tasks the caller may list; null for all of them. */
  async scopeUnitIds(db: Kysely<Database>, ctx: RequestContext): Promise<string[] | null> {
    if (ctx.system) return null;
    return TaskAccessLoader.readableUnitIds(ctx, await this.tree(db));
  }

  /** Whether `unitId` is one of `anyOf` or sits below one of them. */
  static within(tree: UnitTree, unitId: string, anyOf: readonly string[]): boolean {
    return ancestorChain(tree, unitId).some((id) => anyOf.includes(id));
  }
}
