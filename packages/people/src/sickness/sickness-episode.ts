import { type IsoDate } from '@recordroom/calendar';
import { type DateRange } from '../date-range.js';

/**
 * Absence reviewed apart from attendance triggers: disability-related (Equality Act 2010
 * reasonable adjustments), pregnancy-related, and dependant or emergency leave recorded as
 * sickness (../shared/domain/absence.md §1, [V] that they "should normally be excluded or
 * reviewed separately"; legal detail [U]).
 */
export const SICKNESS_EXCLUSIONS = ['disability-related', 'pregnancy-related', 'dependant-emergency'] as const;
export type SicknessExclusion = (typeof SICKNESS_EXCLUSIONS)[number];

/**
 * One continuous occasion of sickness absence, from its first day off to its last, both
 * included; `endDate` is null while the person is still off (open-ended). Half days: a person
 * who goes home part-way through the first day, or comes back part-way through the last.
 */
export interface SicknessEpisode {
  id: string;
  staffId: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  startHalfDay?: boolean;
  endHalfDay?: boolean;
  /** A code from the sickness reason list (DEFAULT_SICKNESS_REASONS unless a trust sets its own). */
  reasonCode: string;
  /** Set when this episode is reviewed apart from triggers; a reason may also carry one. */
  exclusion?: SicknessExclusion | null;
  /** The day the return-to-work interview was held; null or omitted until it is. */
  returnToWorkInterviewOn?: IsoDate | null;
}

/**
 * The days of an episode that have happened by `today`: an open episode, or one whose planned
 * end (a fit note's date) is still ahead, runs to today. Null when it starts after today.
 *
 * @example sickDaysSoFar({ startDate: '2026-03-02', endDate: null }, '2026-03-04') // { start: '2026-03-02', end: '2026-03-04' }
 */
export function sickDaysSoFar(episode: Pick<SicknessEpisode, 'startDate' | 'endDate'>, today: IsoDate): DateRange | null {
  if (episode.startDate > today) return null;
  const end = episode.endDate === null || episode.endDate > today ? today : episode.endDate;
  return { start: episode.startDate, end };
}

/**
 * How much of `date` the person was off in this episode: 0.5 on a half first or last day (the
 * last day only once it has been reached), 1 on any other day of it, 0 outside it. With
 * `countHalfDays` false a half day counts whole.
 *
 * @example sickDayWeight({ startDate: '2026-03-02', endDate: '2026-03-04', startHalfDay: true }, '2026-03-02') // 0.5
 */
export function sickDayWeight(episode: Pick<SicknessEpisode, 'startDate' | 'endDate' | 'startHalfDay' | 'endHalfDay'>, date: IsoDate, countHalfDays = true): number {
  if (date < episode.startDate || (episode.endDate !== null && date > episode.endDate)) return 0;
  if (!countHalfDays) return 1;
  const half = (date === episode.startDate && episode.startHalfDay === true) || (date === episode.endDate && episode.endHalfDay === true);
  return half ? 0.5 : 1;
}
