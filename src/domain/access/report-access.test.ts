import { describe, expect, it } from 'vitest';
import type { Actor } from './permissions.js';
import {
  type ReportPermissions,
  type ReportReadScope,
  canManageRegime,
  reportPermissions,
  reportReadScope,
} from './report-access.js';
import type { Role } from './roles.js';

// Bộ (BO) with Vụ KH-TC (VU); UBND (UB) over Sở (SO), which has Phòng A (with Tổ A1), Phòng B and
// Phòng KH-TC (KH), and a second Sở (SO2) under the same Bộ's guidance but its own UBND (UB2).
const chains: Record<string, readonly string[]> = {
  BO: ['BO'],
  VU: ['VU', 'BO'],
  UB: ['UB'],
  SO: ['SO', 'UB'],
  A: ['A', 'SO', 'UB'],
  A1: ['A1', 'A', 'SO', 'UB'],
  B: ['B', 'SO', 'UB'],
  KH: ['KH', 'SO', 'UB'],
  UB2: ['UB2'],
  SO2: ['SO2', 'UB2'],
};
const chain = (id: string): readonly string[] => chains[id] ?? [id];

const actor = (roles: Role[], orgUnitId: string): Actor => ({
  userId: `${roles.join('+')}@${orgUnitId}`,
  username: 'x',
  roles,
  orgUnitId,
});

/** The report `unit` owes to `receiving`, seen by `who`. */
const rights = (who: Actor, unit: string, receiving: string) =>
  reportPermissions(who, {
    unitChain: chain(unit),
    receivingChain: chain(receiving),
    actorChain: chain(who.orgUnitId),
  });

const p = (
  canRead: boolean,
  canDraft: boolean,
  canSubmit: boolean,
  canReview: boolean,
): ReportPermissions => ({
  canRead,
  canDraft,
  canSubmit,
  canReview,
});
const NONE = p(false, false, false, false);
const READ = p(true, false, false, false);

describe('reportPermissions', () => {
  it.each<[string, Actor, string, string, ReportPermissions]>([
    // Phòng A's report to Phòng KH-TC, inside the Sở.
    [
      'staff of the owing unit drafts, cannot submit',
      actor(['staff'], 'A'),
      'A',
      'KH',
      p(true, true, false, false),
    ],
    ['staff of another unit sees nothing', actor(['staff'], 'B'), 'A', 'KH', NONE],
    ['staff of a unit below does not reach up', actor(['staff'], 'A1'), 'A', 'KH', NONE],
    ['the unit head drafts and submits', actor(['unitHead'], 'A'), 'A', 'KH', p(true, true, true, false)],
    [
      'a unit head answers for a team below',
      actor(['unitHead'], 'A'),
      'A1',
      'KH',
      p(true, true, true, false),
    ],
    ['another unit head sees nothing', actor(['unitHead'], 'B'), 'A', 'KH', NONE],
    ['a viewer of the owing unit reads', actor(['viewer'], 'A'), 'A', 'KH', READ],
    ['a viewer elsewhere sees nothing', actor(['viewer'], 'B'), 'A', 'KH', NONE],
    ['the Sở compiler reviews', actor(['compiler'], 'KH'), 'A', 'KH', p(true, false, false, true)],
    [
      'the Sở compiler reviews what Văn phòng receives',
      actor(['compiler'], 'KH'),
      'A',
      'B',
      p(true, false, false, true),
    ],
    ['staff of the receiving unit read', actor(['staff'], 'KH'), 'A', 'KH', READ],
    ['a leader reads everything, reviews nothing', actor(['leader'], 'SO'), 'A', 'KH', READ],
    ['an admin does everything', actor(['admin'], 'B'), 'A', 'KH', p(true, true, true, true)],
    [
      'a compiler drafts their own unit’s report',
      actor(['compiler'], 'KH'),
      'KH',
      'SO',
      p(true, true, false, true),
    ],
    // The Sở's report to the Bộ.
    ['the Bộ compiler reviews', actor(['compiler'], 'VU'), 'SO', 'BO', p(true, false, false, true)],
    ['the Sở compiler cannot review the Bộ’s reports', actor(['compiler'], 'KH'), 'SO', 'BO', READ],
    ['the Bộ compiler cannot review the Sở’s own reports', actor(['compiler'], 'VU'), 'A', 'KH', READ],
    ['the Sở head submits to the Bộ', actor(['unitHead'], 'SO'), 'SO', 'BO', p(true, true, true, false)],
    ['another Sở’s head sees nothing', actor(['unitHead'], 'SO2'), 'SO', 'BO', NONE],
    ['a division head cannot submit for the Sở', actor(['unitHead'], 'A'), 'SO', 'BO', NONE],
  ])('%s', (_what, who, unit, receiving, expected) => {
    expect(rights(who, unit, receiving)).toEqual(expected);
  });
});

describe('reportReadScope', () => {
  it.each<[Role[], ReportReadScope]>([
    [['admin'], 'all'],
    [['leader'], 'all'],
    [['compiler'], 'all'],
    [['unitHead'], 'unitAndBelow'],
    [['staff'], 'ownUnit'],
    [['viewer'], 'ownUnit'],
    [[], 'none'],
  ])('%o → %s', (roles, scope) => {
    expect(reportReadScope(actor(roles, 'A'))).toBe(scope);
  });
});

describe('canManageRegime', () => {
  it.each<[string, Actor, string, boolean]>([
    ['an admin, anywhere', actor(['admin'], 'B'), 'BO', true],
    ['the Sở compiler, for the Sở', actor(['compiler'], 'KH'), 'KH', true],
    ['the Sở compiler, for a division of the Sở', actor(['compiler'], 'KH'), 'B', true],
    ['the Sở compiler, not for the Bộ', actor(['compiler'], 'KH'), 'BO', false],
    ['the Bộ compiler, for the Bộ', actor(['compiler'], 'VU'), 'BO', true],
    ['a unit head, never', actor(['unitHead'], 'KH'), 'KH', false],
    ['a leader, never', actor(['leader'], 'SO'), 'KH', false],
  ])('%s → %s', (_what, who, receiving, expected) => {
    expect(canManageRegime(who, { receivingChain: chain(receiving), actorChain: chain(who.orgUnitId) })).toBe(
      expected,
    );
  });
});
