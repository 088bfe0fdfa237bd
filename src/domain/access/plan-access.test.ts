import { describe, expect, it } from 'vitest';
import { canReadPlan, planAgencyChain } from './plan-access.js';
import type { Actor } from './permissions.js';
import type { Role } from './roles.js';

// Two provinces: UBND A > Sở A > {P1, P2}; UBND B > Sở B > {Q1}.
const chains: Record<string, string[]> = {
  UA: ['UA'],
  SA: ['SA', 'UA'],
  P1: ['P1', 'SA', 'UA'],
  P2: ['P2', 'SA', 'UA'],
  UB: ['UB'],
  SB: ['SB', 'UB'],
  Q1: ['Q1', 'SB', 'UB'],
};
const plan = (...units: string[]) => ({ unitChains: units.map((u) => chains[u] ?? []) });
const actor = (role: Role, unit: string): [Actor, string[]] => [
  { userId: 'u', username: 'u', orgUnitId: unit, roles: [role] },
  chains[unit] ?? [],
];

describe('plan read access', () => {
  it('places a plan at the lowest unit above everything it names', () => {
    expect(planAgencyChain(plan('P1', 'P2'))).toEqual(['SA', 'UA']);
    expect(planAgencyChain(plan('P1'))).toEqual(['P1', 'SA', 'UA']);
    expect(planAgencyChain(plan('P1', 'Q1'))).toBeNull();
    expect(planAgencyChain(plan())).toBeNull();
  });

  it.each<[Role, string, string[], boolean]>([
    ['staff', 'P1', ['P1', 'P2'], true], // the Sở's plan assigns work to P1
    ['staff', 'P2', ['P1'], false], // a sibling division's own plan
    ['viewer', 'P2', ['P1', 'P2'], true],
    ['unitHead', 'SA', ['P1'], true], // below the head's unit
    ['unitHead', 'SB', ['P1', 'P2'], false], // the other province
    ['staff', 'Q1', ['P1', 'P2'], false],
    ['compiler', 'P2', ['P1'], true], // the compiler's agency is Sở A
    ['leader', 'P1', ['Q1'], false],
    ['compiler', 'Q1', ['P1', 'Q1'], true], // a national plan naming their province
    ['admin', 'Q1', ['P1'], true],
    ['staff', 'P1', [], false],
  ])('%s of %s reading a plan naming %j: %s', (role, unit, units, expected) => {
    const [who, chain] = actor(role, unit);
    expect(canReadPlan(who, chain, plan(...units))).toBe(expected);
  });
});
