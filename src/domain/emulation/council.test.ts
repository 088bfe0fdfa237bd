import { describe, expect, it } from 'vitest';
import { rewardAmount, tallyVotes } from './council.js';

describe('tallyVotes', () => {
  const members = ['a', 'b', 'c', 'd'];
  const v = (voterId: string, approve = true) => ({ voterId, approve });
  it.each<[string, { voterId: string; approve: boolean }[], number, boolean]>([
    ['3 of 4 for, more than half', [v('a'), v('b'), v('c'), v('d', false)], 50, true],
    ['2 of 4 for is not more than half', [v('a'), v('b'), v('c', false)], 50, false],
    ['an outsider’s vote is not counted', [v('a'), v('b'), v('x'), v('y')], 50, false],
    ['90 % bar: 4 of 4', [v('a'), v('b'), v('c'), v('d')], 90, true],
    ['90 % bar: 3 of 4', [v('a'), v('b'), v('c')], 90, false],
  ])('%s', (_, votes, required, passed) => {
    expect(tallyVotes(votes, members, required).passed).toBe(passed);
  });
});

describe('rewardAmount (multiples of the base salary)', () => {
  it.each([
    ['advancedWorker', 2_340_000, 702_000],
    ['grassrootsEmulationFighter', 2_340_000, 2_340_000],
    ['excellentCollective', 2_340_000, 3_510_000],
    ['primeMinisterCommendation', 2_340_000, 8_190_000],
    ['certificateOfMerit', 2_340_000, null],
  ] as const)('%s at %i → %s', (title, base, amount) => {
    expect(rewardAmount(title, base)).toBe(amount);
  });
});
