import { FULL_TIME_HOURS_PER_WEEK, type ContractType } from '@recordroom/people';
import { type PlannedPost } from './plan-department.js';
import { type Random } from './prng.js';

/**
 * Shares of a department's headcount. Part-time 28% and about 9% temporary are the health records
 * workforce figures in ../shared/DESIGN.md; temporary is split between bank and fixed-term.
 * The working-time opt-out share is a made-up "a few".
 */
const PART_TIME_SHARE = 0.28;
const BANK_SHARE = 0.05;
const FIXED_TERM_SHARE = 0.05;
const WORKING_TIME_OPT_OUT_SHARE = 0.075;

/**
 * Part-time weeks as they are usually contracted: whole or half 7.5-hour days (15 = 2 days,
 * 18.75 = 2.5, 22.5 = 3, 30 = 4, 33.75 = 4.5) and a few round numbers; 22.5 and 30 are the commonest.
 */
const PART_TIME_HOURS = [15, 18.75, 20, 22.5, 22.5, 25, 30, 30, 33.75] as const;

export interface ContractTerms {
  contractType: ContractType;
  /** 0 for bank staff, who have no guaranteed hours. */
  contractedHoursPerWeek: number;
  workingTimeOptOut: boolean;
}

/** Exactly `share` of `headcount` (rounded), drawn from `pool`, as a set of plan indexes. */
function drawShare(random: Random, pool: readonly number[], headcount: number, share: number): Set<number> {
  return new Set(random.shuffle(pool).slice(0, Math.round(headcount * share)));
}

/**
 * Contracts for every post of a department plan, by plan index. Counts are exact shares of the
 * headcount rather than coin tosses, so every seed gives a department with the same mix:
 * bank staff fill Band 2 posts, the manager and deputy are full-time, everyone else may be
 * part-time or fixed-term.
 */
export function drawContracts(plan: readonly PlannedPost[], random: Random): ContractTerms[] {
  const indexes = plan.map((_, index) => index);
  const bank = drawShare(random, indexes.filter((i) => plan[i]?.kind === 'member' && plan[i].post.band === '2'), plan.length, BANK_SHARE);
  const members = indexes.filter((i) => plan[i]?.kind === 'member' && !bank.has(i));
  const fixedTerm = drawShare(random, members, plan.length, FIXED_TERM_SHARE);
  const mayWorkPartTime = indexes.filter((i) => !bank.has(i) && plan[i]?.kind !== 'manager' && plan[i]?.kind !== 'deputy');
  const partTime = drawShare(random, mayWorkPartTime, plan.length, PART_TIME_SHARE);
  const optOut = drawShare(random, indexes.filter((i) => !partTime.has(i)), plan.length, WORKING_TIME_OPT_OUT_SHARE);

  return indexes.map((i) => {
    const contractType: ContractType = bank.has(i) ? 'bank' : fixedTerm.has(i) ? 'fixed-term' : 'permanent';
    const contractedHoursPerWeek = bank.has(i) ? 0 : partTime.has(i) ? random.pick(PART_TIME_HOURS) : FULL_TIME_HOURS_PER_WEEK;
    return { contractType, contractedHoursPerWeek, workingTimeOptOut: optOut.has(i) };
  });
}
