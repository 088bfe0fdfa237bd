import type { EmulationTitle } from './titles.js';

/*
 * The council's vote (Hội đồng Thi đua – Khen thưởng, regulations.md §5.7). A nominee passes with
 * more than half of the members voting for; some provinces ask more for higher titles (≥ 90 % for
 * CSTĐ, ≥ 80 % for Bằng khen under the old regime [U]), so the share is per title and configurable.
 */

export const DEFAULT_VOTE_PERCENT: Readonly<Record<EmulationTitle, number>> = {
  advancedWorker: 50,
  grassrootsEmulationFighter: 50,
  provincialEmulationFighter: 90,
  certificateOfMerit: 50,
  provincialCommendation: 80,
  primeMinisterCommendation: 80,
  advancedCollective: 50,
  excellentCollective: 50,
};

export interface VoteTally {
  members: number;
  votes: number;
  approve: number;
  /** Percent of all members voting for, one decimal. */
  approvePercent: number;
  requiredPercent: number;
  passed: boolean;
}

/** Passes when the share of members in favour exceeds 50 % (strictly), or reaches a higher bar. */
export function tallyVotes(
  votes: readonly { voterId: string; approve: boolean }[],
  memberIds: readonly string[],
  requiredPercent: number,
): VoteTally {
  const members = new Set(memberIds);
  const counted = votes.filter((v) => members.has(v.voterId));
  const approve = counted.filter((v) => v.approve).length;
  const n = members.size;
  const passed = n > 0 && (requiredPercent <= 50 ? approve * 2 > n : approve * 100 >= requiredPercent * n);
  return {
    members: n,
    votes: counted.length,
    approve,
    approvePercent: n === 0 ? 0 : Math.round((approve * 1000) / n) / 10,
    requiredPercent,
    passed,
  };
}

/** Reward multiples of the base salary (Nghị định 98/2023 Điều 54, kept by Nghị định 152/2025) [C]. */
export const REWARD_MULTIPLES: Readonly<Record<EmulationTitle, number | null>> = {
  advancedWorker: 0.3,
  grassrootsEmulationFighter: 1,
  provincialEmulationFighter: 3,
  certificateOfMerit: null,
  provincialCommendation: 1.5,
  primeMinisterCommendation: 3.5,
  advancedCollective: 0.8,
  excellentCollective: 1.5,
};

/** The reward in đồng, rounded to the thousand as payments are; null where the table sets none. */
export function rewardAmount(title: EmulationTitle, baseSalary: number): number | null {
  const multiple = REWARD_MULTIPLES[title];
  return multiple === null ? null : Math.round((multiple * baseSalary) / 1000) * 1000;
}
