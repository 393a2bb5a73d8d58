import { type RotaContext, type WorkedShift } from '../check/rota-context.js';
import { type StaffId } from '../model/rota-staff-member.js';
import {
  countFairness,
  FAIRNESS_CATEGORIES,
  fairnessStandings,
  fairnessTeamRates,
  type FairnessCategory,
  type FairnessCounts,
  type FairnessMember,
  type FairnessStanding,
} from './fairness-counts.js';

// A person's shift lists are replaced, never changed, when their rota changes: counts made for a
// list stay right for as long as the list is the person's.
const countsOfList = new WeakMap<readonly WorkedShift[], FairnessCounts>();

function countsOf(shifts: readonly WorkedShift[]): FairnessCounts {
  let counts = countsOfList.get(shifts);
  if (!counts) {
    counts = countFairness(shifts.map((w) => w.shift));
    countsOfList.set(shifts, counts);
  }
  return counts;
}

/**
 * Everyone's fairness counts over the ledger's baseline plus the rota period, what the period
 * alone adds, and the team rates: what the fair-share rule needs on every edit, without a
 * standing per person.
 */
export function teamFairnessCounts(context: RotaContext): {
  members: FairnessMember[];
  periodCounts: Map<StaffId, FairnessCounts>;
  teamRates: Record<FairnessCategory, number>;
} {
  const members: FairnessMember[] = [];
  const periodCounts = new Map<StaffId, FairnessCounts>();
  for (const person of context.people.values()) {
    const inPeriod = countsOf(person.actualInPeriod);
    periodCounts.set(person.member.id, inPeriod);
    const baseline = context.fairnessBaseline.get(person.member.id);
    const counts = baseline ? { ...inPeriod } : inPeriod;
    if (baseline) for (const category of FAIRNESS_CATEGORIES) counts[category] += baseline[category];
    members.push({ staffId: person.member.id, wte: person.wte, skills: person.member.skills, counts });
  }
  return { members, periodCounts, teamRates: fairnessTeamRates(members) };
}

/** Standings of the whole team over the ledger's baseline plus the rota period. */
export function teamFairness(context: RotaContext): {
  teamRates: Record<FairnessCategory, number>;
  standings: Map<StaffId, Record<FairnessCategory, FairnessStanding>>;
} {
  return fairnessStandings(teamFairnessCounts(context).members);
}
