import { addDays, type IsoDate } from '@recordroom/calendar';
import { standardWorkSchedule, workingHoursOn, type WorkSchedule } from '../work-schedule.js';
import { type SicknessEpisode } from './sickness-episode.js';

/**
 * Working days after a person's return by which the return-to-work interview should be held,
 * counting the day of return as the first. No national rule: attendance policies commonly say
 * "within the first few days back"; three is a configurable default (no source in ../shared/domain).
 */
export const DEFAULT_RETURN_TO_WORK_WITHIN_WORKING_DAYS = 3;

/** still-off: not back yet (or back in the future); due: back, interview not held, not late; overdue; done. */
export type ReturnToWorkStatus = 'still-off' | 'due' | 'overdue' | 'done';

export interface ReturnToWorkInterview {
  status: ReturnToWorkStatus;
  /** First day back at work: the day after the episode's last day the person works, or the last day itself when they came back part-way through it. */
  returnDate: IsoDate | null;
  /** Last day the interview is on time. */
  dueBy: IsoDate | null;
  heldOn: IsoDate | null;
}

export interface ReturnToWorkOptions {
  /** The person's schedule, for their working days; Monday to Friday without public holidays when omitted. */
  schedule?: WorkSchedule;
  withinWorkingDays?: number;
}

const SEARCH_LIMIT_DAYS = 366;

function nextWorkingDay(schedule: WorkSchedule, from: IsoDate): IsoDate {
  for (let day = from, i = 0; i < SEARCH_LIMIT_DAYS; day = addDays(day, 1), i += 1) {
    if (workingHoursOn(schedule, day) > 0) return day;
  }
  return from; // a schedule with no working day in a year: count from the next calendar day
}

/**
 * Where the return-to-work interview for a sickness episode stands on `today`: due from the day
 * the person is back at work, on time up to the `withinWorkingDays`-th of their working days
 * (3 by default, counting the return day), done once held.
 *
 * @example
 * returnToWorkInterview({ ...episode, startDate: '2026-03-04', endDate: '2026-03-06' }, '2026-03-10')
 * // { status: 'due', returnDate: '2026-03-09', dueBy: '2026-03-11', heldOn: null } (back Monday; Mon, Tue, Wed)
 */
export function returnToWorkInterview(
  episode: Pick<SicknessEpisode, 'endDate' | 'endHalfDay' | 'returnToWorkInterviewOn'>,
  today: IsoDate,
  options: ReturnToWorkOptions = {},
): ReturnToWorkInterview {
  const schedule = options.schedule ?? standardWorkSchedule(37.5);
  const within = Math.max(1, options.withinWorkingDays ?? DEFAULT_RETURN_TO_WORK_WITHIN_WORKING_DAYS);
  const heldOn = episode.returnToWorkInterviewOn ?? null;
  if (episode.endDate === null) return { status: heldOn ? 'done' : 'still-off', returnDate: null, dueBy: null, heldOn };

  const returnDate = episode.endHalfDay === true ? episode.endDate : nextWorkingDay(schedule, addDays(episode.endDate, 1));
  let dueBy = returnDate;
  for (let counted = 1; counted < within; counted += 1) dueBy = nextWorkingDay(schedule, addDays(dueBy, 1));

  if (heldOn) return { status: 'done', returnDate, dueBy, heldOn };
  if (returnDate > today) return { status: 'still-off', returnDate, dueBy, heldOn };
  return { status: today > dueBy ? 'overdue' : 'due', returnDate, dueBy, heldOn };
}
