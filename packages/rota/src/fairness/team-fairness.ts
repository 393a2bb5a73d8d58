import { type RotaContext } from '../check/rota-context.js';
import { type StaffId } from '../model/rota-staff-member.js';
import { countFairness, FAIRNESS_CATEGORIES, fairnessStandings, type FairnessCategory, type FairnessCounts, type FairnessMember, type FairnessStanding } from './fairness-counts.js';

/**
 * Standings of the whole team over the ledger's baseline plus the rota period, and what the
 * period alone adds for each person.
 */
export function teamFairness(context: RotaContext): {
  teamRates: Record<FairnessCategory, number>;
  standings: Map<StaffId, Record<FairnessCategory, FairnessStanding>>;
  periodCounts: Map<StaffId, FairnessCounts>;
} {
  const members: FairnessMember[] = [];
  const periodCounts = new Map<StaffId, FairnessCounts>();
  for (const person of context.people.values()) {
    const inPeriod = countFairness(person.actualInPeriod.map((w) => w.shift));
    periodCounts.set(person.member.id, inPeriod);
    const counts = { ...inPeriod };
    const baseline = context.fairnessBaseline.get(person.member.id);
    if (baseline) for (const category of FAIRNESS_CATEGORIES) counts[category] += baseline[category];
    members.push({ staffId: person.member.id, wte: person.wte, skills: person.member.skills, counts });
  }
  return { ...fairnessStandings(members), periodCounts };
}
