import { eachDate, type IsoDate } from '@recordroom/calendar';
import { dayCount, intersectRanges, type DateRange } from '../date-range.js';
import { wholeTimeEquivalent } from '../whole-time-equivalent.js';
import { sickDayWeight, type SicknessEpisode } from './sickness-episode.js';

/** The parts of a staff record the absence rate needs. */
export interface SicknessRatePerson {
  contractedHoursPerWeek: number;
  employmentStartDate: IsoDate;
  employmentEndDate?: IsoDate | null;
}

/**
 * One person's sickness figures for a period, in calendar days; the same shape as
 * @recordroom/kpi's SicknessAbsenceDays, so a KPI can be fed from it.
 */
export interface SicknessAbsenceDays {
  /** Whole-time equivalent of the contract: contracted hours ÷ 37.5. */
  wte: number;
  /** Calendar days of the period the person was employed, up to today. */
  daysAvailable: number;
  /** Calendar days of those the person was off sick (a half day 0.5). */
  daysLost: number;
}

/** FTE days lost over FTE days available, as a percentage (null when nothing was available). */
export interface SicknessAbsenceRate {
  numerator: number;
  denominator: number;
  percent: number | null;
}

/**
 * A person's calendar days available and lost to sickness in `period`, counted to `today` at the
 * latest (days not yet lived are neither). Every sickness episode counts, exclusions included:
 * the NHS rate measures all sickness (../shared/domain/absence.md §2, calendar basis [V]); half
 * days are 0.5, ESR's part-day rule being unverified [U]. A day in two (invalid, overlapping)
 * episodes counts once.
 *
 * @example sicknessAbsenceDays({ contractedHoursPerWeek: 22.5, employmentStartDate: '2020-01-01' }, [offFiveDays], { start: '2026-03-01', end: '2026-03-31' }, '2026-04-02')
 * // { wte: 0.6, daysAvailable: 31, daysLost: 5 }
 */
export function sicknessAbsenceDays(person: SicknessRatePerson, episodes: readonly SicknessEpisode[], period: DateRange, today: IsoDate): SicknessAbsenceDays {
  const wte = wholeTimeEquivalent(person.contractedHoursPerWeek);
  const employed = intersectRanges(period, { start: person.employmentStartDate, end: person.employmentEndDate ?? '9999-12-31' });
  const counted = employed && intersectRanges(employed, { start: employed.start, end: today });
  if (!counted) return { wte, daysAvailable: 0, daysLost: 0 };
  const lost = new Map<IsoDate, number>();
  for (const episode of episodes) {
    const end = episode.endDate === null || episode.endDate > counted.end ? counted.end : episode.endDate;
    const days = intersectRanges({ start: episode.startDate, end }, counted);
    if (days === null) continue;
    for (const date of eachDate(days.start, days.end)) lost.set(date, Math.max(lost.get(date) ?? 0, sickDayWeight(episode, date)));
  }
  return { wte, daysAvailable: dayCount(counted), daysLost: [...lost.values()].reduce((sum, d) => sum + d, 0) };
}

/**
 * Sickness absence rate: FTE days lost ÷ FTE days available × 100, each person's days weighted by
 * their WTE (../shared/domain/absence.md §2: the NHS England definition [V], FTE weighting [D]).
 * Unrounded: round for display only.
 *
 * @example sicknessAbsenceRate([{ wte: 1, daysAvailable: 30, daysLost: 3 }, { wte: 0.6, daysAvailable: 30, daysLost: 5 }])
 * // { numerator: 6, denominator: 48, percent: 12.5 }
 */
export function sicknessAbsenceRate(people: readonly SicknessAbsenceDays[]): SicknessAbsenceRate {
  const numerator = people.reduce((sum, p) => sum + p.wte * p.daysLost, 0);
  const denominator = people.reduce((sum, p) => sum + p.wte * p.daysAvailable, 0);
  return { numerator, denominator, percent: denominator === 0 ? null : (100 * numerator) / denominator };
}
