import { addDays, addMonthsClamped, type IsoDate } from '@recordroom/calendar';
import { type RotaInput } from '../check/rota-input.js';
import { buildRotaState } from '../check/rota-state.js';
import { type StaffId } from '../model/rota-staff-member.js';
import { resolveRotaSettings } from '../settings/rota-settings.js';
import { countFairness, fairnessStandings, type FairnessCategory, type FairnessCounts, type FairnessStanding } from './fairness-counts.js';

/** One person's line of the ledger. */
export interface FairnessLedgerEntry {
  staffId: StaffId;
  name: string;
  wte: number;
  counts: FairnessCounts;
  /** Per category: count, per WTE, expected at the team rate, and the deviation from it. */
  standings: Record<FairnessCategory, FairnessStanding>;
}

/**
 * A&E evenings, weekends and public holidays worked by each person over a rolling window before
 * a reference date, pro rata to contracted hours, and how far each person is from the team's rate.
 */
export interface FairnessLedger {
  referenceDate: IsoDate;
  /** First and last dates counted: the window ends the day before the reference date. */
  from: IsoDate;
  to: IsoDate;
  /** Team total per WTE of those eligible (A&E evenings: staff with the A&E desk skill). */
  teamRates: Record<FairnessCategory, number>;
  entries: FairnessLedgerEntry[];
}

/** The worked rota to count: the shape of a rota input without period, cover or preferences. */
export type FairnessLedgerInput = Pick<RotaInput, 'locations' | 'shiftTypes' | 'shifts' | 'assignments' | 'staff' | 'absences' | 'publicHolidays' | 'settings'> & {
  referenceDate: IsoDate;
};

/**
 * The ledger for the 12 months (settings.fairness.windowMonths) before `referenceDate`. Shifts a
 * person was away for on approved absence are not counted as worked.
 *
 * @example
 * const ledger = buildFairnessLedger({ referenceDate: '2026-03-02', staff, locations, shiftTypes, shifts, assignments });
 * ledger.entries.find((e) => e.staffId === 'ann')?.standings['a-and-e-evenings'].deviation // 1.5: above a fair share
 */
export function buildFairnessLedger(input: FairnessLedgerInput): FairnessLedger {
  const settings = resolveRotaSettings(input.settings);
  const from = addMonthsClamped(input.referenceDate, -settings.fairness.windowMonths);
  const to = addDays(input.referenceDate, -1);
  const { context } = buildRotaState({ ...input, period: { startDate: from, endDate: to }, coverRequirements: [], preferences: [] });
  const members = [...context.people.values()].map((person) => ({
    staffId: person.member.id,
    wte: person.wte,
    skills: person.member.skills,
    counts: countFairness(person.actualInPeriod.map((w) => w.shift)),
  }));
  const { teamRates, standings } = fairnessStandings(members);
  return {
    referenceDate: input.referenceDate,
    from,
    to,
    teamRates,
    entries: members.map((m) => ({
      staffId: m.staffId,
      name: context.people.get(m.staffId)?.name ?? m.staffId,
      wte: m.wte,
      counts: m.counts,
      standings: standings.get(m.staffId) as Record<FairnessCategory, FairnessStanding>,
    })),
  };
}
