import { type Skill } from '@recordroom/people';

/**
 * What the fairness ledger counts: the unsocial work a team shares out.
 *
 * @example FAIRNESS_CATEGORIES.map((c) => entry.standings[c].deviation)
 */
export const FAIRNESS_CATEGORIES = ['a-and-e-evenings', 'weekends', 'public-holidays'] as const;
export type FairnessCategory = (typeof FAIRNESS_CATEGORIES)[number];

/** A&E evenings are counted in shifts, weekends in weekends worked, public holidays in days. */
export type FairnessCounts = Record<FairnessCategory, number>;

/** Category names for sentences, singular and plural: '1 A&E evening', '3 weekends'. */
export const FAIRNESS_CATEGORY_LABELS: Readonly<Record<FairnessCategory, { one: string; many: string }>> = {
  'a-and-e-evenings': { one: 'A&E evening', many: 'A&E evenings' },
  weekends: { one: 'weekend', many: 'weekends' },
  'public-holidays': { one: 'public holiday', many: 'public holidays' },
};

/** Only staff holding the A&E desk skill share A&E evenings; everyone shares weekends and holidays. */
const FAIRNESS_CATEGORY_SKILL: Readonly<Record<FairnessCategory, Skill | null>> = {
  'a-and-e-evenings': 'a-and-e-desk',
  weekends: null,
  'public-holidays': null,
};

export function zeroFairnessCounts(): FairnessCounts {
  return { 'a-and-e-evenings': 0, weekends: 0, 'public-holidays': 0 };
}

/** The facts of a worked shift that fairness counts. */
export interface FairnessFacts {
  /** Day number of the shift's date (see dayNumber). */
  day: number;
  weekend: boolean;
  publicHoliday: boolean;
  aAndEEvening: boolean;
}

/**
 * Counts A&E evening shifts, distinct weekends (a Saturday and the Sunday after it) with any
 * shift, and distinct public-holiday dates with any shift.
 */
export function countFairness(worked: Iterable<FairnessFacts>): FairnessCounts {
  const counts = zeroFairnessCounts();
  const weekends = new Set<number>();
  const holidays = new Set<number>();
  for (const shift of worked) {
    if (shift.aAndEEvening) counts['a-and-e-evenings'] += 1;
    // Day 2 (1970-01-03) was a Saturday, so (day - 2) mod 7 is 0 on Saturdays and 1 on Sundays.
    if (shift.weekend) weekends.add(shift.day - (((shift.day - 2) % 7) + 7) % 7);
    if (shift.publicHoliday) holidays.add(shift.day);
  }
  counts.weekends = weekends.size;
  counts['public-holidays'] = holidays.size;
  return counts;
}

/** One person's share of a category: counted, expected at the team's rate for their hours, and the difference. */
export interface FairnessStanding {
  count: number;
  /** Count per whole-time equivalent; null for someone with no contracted hours or not eligible. */
  perWte: number | null;
  expected: number | null;
  /** count - expected: positive means more than a fair share. */
  deviation: number | null;
}

export interface FairnessMember {
  staffId: string;
  wte: number;
  skills: readonly Skill[];
  counts: FairnessCounts;
}

/**
 * Pro-rata shares: the team rate of a category is its total over the total WTE of the eligible
 * (so the rate is the WTE-weighted team mean), and a person's expected count is their WTE times
 * that rate. Bank staff (WTE 0) and people without the category's skill have no expected share.
 */
export function fairnessStandings(members: readonly FairnessMember[]): {
  teamRates: Record<FairnessCategory, number>;
  standings: Map<string, Record<FairnessCategory, FairnessStanding>>;
} {
  const teamRates = fairnessTeamRates(members);
  const standings = new Map<string, Record<FairnessCategory, FairnessStanding>>();
  for (const member of members) {
    const row = {} as Record<FairnessCategory, FairnessStanding>;
    for (const category of FAIRNESS_CATEGORIES) {
      const count = member.counts[category];
      if (!isEligible(member, category)) {
        row[category] = { count, perWte: null, expected: null, deviation: null };
        continue;
      }
      const expected = member.wte * teamRates[category];
      row[category] = { count, perWte: count / member.wte, expected, deviation: count - expected };
    }
    standings.set(member.staffId, row);
  }
  return { teamRates, standings };
}

/** Each category's total over the total WTE of those eligible for it. */
export function fairnessTeamRates(members: readonly FairnessMember[]): Record<FairnessCategory, number> {
  const teamRates = zeroFairnessCounts();
  for (const category of FAIRNESS_CATEGORIES) {
    let total = 0;
    let wte = 0;
    for (const member of members) {
      if (!isEligible(member, category)) continue;
      total += member.counts[category];
      wte += member.wte;
    }
    teamRates[category] = wte > 0 ? total / wte : 0;
  }
  return teamRates;
}

/** True when the person has a share of the category: contracted hours, and its skill if it needs one. */
export function isEligible(member: Pick<FairnessMember, 'wte' | 'skills'>, category: FairnessCategory): boolean {
  const skill = FAIRNESS_CATEGORY_SKILL[category];
  return member.wte > 0 && (skill === null || member.skills.includes(skill));
}
