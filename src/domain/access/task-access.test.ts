import { describe, expect, it } from 'vitest';
import type { Actor } from './permissions.js';
import type { Role } from './roles.js';
import {
  type TaskPermissions,
  type TaskReadScope,
  type TaskUnits,
  readsUnit,
  taskPermissions,
  taskReadScope,
} from './task-access.js';

// Sở (D) with Phòng A and Phòng B; Tổ A1 sits under Phòng A. Another province's Sở (E) has Phòng C.
const chains = new Map<string, readonly string[]>([
  ['D', ['D']],
  ['A', ['A', 'D']],
  ['B', ['B', 'D']],
  ['A1', ['A1', 'A', 'D']],
  ['E', ['E']],
  ['C', ['C', 'E']],
]);
const chainOf = (who: Actor) => chains.get(who.orgUnitId) ?? [];
const task = (lead: string[], coordinators: string[]): TaskUnits => ({
  leadUnitIds: lead,
  coordinatorUnitIds: coordinators,
  chains,
});
const leadA = task(['A'], ['B']);
const leadA1 = task(['A1'], []);
const leadB = task(['B'], ['A1', 'A']);

const actor = (roles: Role[], orgUnitId: string): Actor => ({
  userId: `${roles.join('+')}@${orgUnitId}`,
  username: 'x',
  roles,
  orgUnitId,
});

const none: TaskPermissions = { canRead: false, canUpdate: false, canManage: false, partUnitIds: [] };
const readOnly: TaskPermissions = { ...none, canRead: true };

describe('taskPermissions', () => {
  it.each<[string, Actor, TaskUnits, TaskPermissions]>([
    // Whole-organisation roles see everything; leaders update and manage but leave parts to the units.
    [
      'admin',
      actor(['admin'], 'D'),
      leadB,
      { canRead: true, canUpdate: true, canManage: true, partUnitIds: ['A1', 'A'] },
    ],
    [
      'compiler',
      actor(['compiler'], 'D'),
      leadA1,
      { canRead: true, canUpdate: true, canManage: true, partUnitIds: [] },
    ],
    [
      'compiler, parts',
      actor(['compiler'], 'D'),
      leadA,
      { canRead: true, canUpdate: true, canManage: true, partUnitIds: ['B'] },
    ],
    [
      'leader',
      actor(['leader'], 'D'),
      leadA,
      { canRead: true, canUpdate: true, canManage: true, partUnitIds: [] },
    ],
    // Leaders and compilers act within their agency (the parent of their division) and nowhere else.
    [
      'leader of a division reads and manages the agency',
      actor(['leader'], 'B'),
      leadA1,
      { canRead: true, canUpdate: true, canManage: true, partUnitIds: [] },
    ],
    ['leader of another province', actor(['leader'], 'C'), leadA, none],
    ['compiler of another province', actor(['compiler'], 'C'), leadB, none],
    ['compiler at the top of another tree', actor(['compiler'], 'E'), leadA1, none],
    // Staff: their own unit's task and their own unit's part, nothing else.
    [
      'staff of the lead unit',
      actor(['staff'], 'A'),
      leadA,
      { canRead: true, canUpdate: true, canManage: false, partUnitIds: [] },
    ],
    [
      'staff of a coordinating unit',
      actor(['staff'], 'B'),
      leadA,
      { canRead: true, canUpdate: false, canManage: false, partUnitIds: ['B'] },
    ],
    ['staff of an unrelated unit', actor(['staff'], 'B'), leadA1, none],
    ['staff above the lead unit', actor(['staff'], 'A'), leadA1, none],
    ['staff below a coordinating unit', actor(['staff'], 'A1'), leadA, none],
    [
      'staff of one of two coordinating units',
      actor(['staff'], 'A1'),
      leadB,
      { ...readOnly, partUnitIds: ['A1'] },
    ],
    // Unit heads answer for their unit and everything below it.
    [
      'head of the lead unit',
      actor(['unitHead'], 'A'),
      leadA,
      { canRead: true, canUpdate: true, canManage: true, partUnitIds: [] },
    ],
    [
      'head above the lead unit',
      actor(['unitHead'], 'A'),
      leadA1,
      { canRead: true, canUpdate: true, canManage: true, partUnitIds: [] },
    ],
    [
      'head above a coordinating unit',
      actor(['unitHead'], 'A'),
      leadB,
      { ...readOnly, partUnitIds: ['A1', 'A'] },
    ],
    ['head of an unrelated unit', actor(['unitHead'], 'B'), leadA1, none],
    [
      'head of the department',
      actor(['unitHead'], 'D'),
      leadB,
      { canRead: true, canUpdate: true, canManage: true, partUnitIds: ['A1', 'A'] },
    ],
    // Viewers read their own unit's tasks and change nothing.
    ['viewer of the lead unit', actor(['viewer'], 'A'), leadA, readOnly],
    ['viewer of a coordinating unit', actor(['viewer'], 'B'), leadA, readOnly],
    ['viewer of an unrelated unit', actor(['viewer'], 'B'), leadA1, none],
    ['no roles at all', actor([], 'A'), leadA, none],
  ])('%s', (_name, who, target, expected) => {
    expect(taskPermissions(who, chainOf(who), target)).toEqual(expected);
  });
});

describe('taskReadScope', () => {
  it.each<[Role[], TaskReadScope]>([
    [['admin'], 'all'],
    [['leader'], 'agency'],
    [['compiler'], 'agency'],
    [['unitHead'], 'unitAndBelow'],
    [['staff'], 'ownUnit'],
    [['viewer'], 'ownUnit'],
    [['staff', 'compiler'], 'agency'],
    [['admin', 'leader'], 'all'],
    [['staff', 'unitHead'], 'unitAndBelow'],
    [[], 'none'],
  ])('%j reads %s', (roles, scope) => {
    expect(taskReadScope(actor(roles, 'A'))).toBe(scope);
  });
});

describe('readsUnit', () => {
  it.each<[string, Actor, string, boolean]>([
    ['an admin reads any unit', actor(['admin'], 'C'), 'A1', true],
    ['a leader reads any unit of their agency', actor(['leader'], 'B'), 'A1', true],
    ['a leader at the top reads everything below', actor(['leader'], 'D'), 'A1', true],
    ['a compiler reads the agency itself', actor(['compiler'], 'B'), 'D', true],
    ["a leader does not read another province's unit", actor(['leader'], 'B'), 'C', false],
    ["a compiler does not read another province's agency", actor(['compiler'], 'C'), 'D', false],
    ['a unit head reads their own unit', actor(['unitHead'], 'A'), 'A', true],
    ['a unit head reads a unit below theirs', actor(['unitHead'], 'A'), 'A1', true],
    ['a unit head does not read a sibling unit', actor(['unitHead'], 'A'), 'B', false],
    ['a unit head does not read the unit above', actor(['unitHead'], 'A'), 'D', false],
    ['staff read their own unit', actor(['staff'], 'A'), 'A', true],
    ['staff do not read the units below theirs', actor(['staff'], 'A'), 'A1', false],
    ['someone without a reading role reads nothing, not even their own unit', actor([], 'A'), 'A', false],
  ])('%s', (_name, who, unitId, expected) => {
    expect(readsUnit(who, chainOf(who), chains.get(unitId) ?? [])).toBe(expected);
  });
});
