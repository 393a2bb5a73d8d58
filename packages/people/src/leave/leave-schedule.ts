import { type IsoDate } from '@recordroom/calendar';
import { fixedDaysSchedule, type WorkSchedule } from '../work-schedule.js';

/**
 * The schedule a person's annual leave is counted against, and whether it knows their days off.
 * A recorded working pattern (fixed weekdays) does: a day outside it, or a public holiday they
 * are not rostered to work, is a day off, and leave on such days alone books nothing. Without a
 * pattern the rota may put the person on any day of the week, so no day is known to be off;
 * their hours follow the AfC standard week (37.5 over Monday to Friday,
 * ../shared/domain/working-time.md §2) where the rota has not rostered them.
 */
export interface LeaveSchedule {
  schedule: WorkSchedule;
  /** True when the person has a recorded pattern of working days. */
  daysOffKnown: boolean;
}

/**
 * The leave schedule from contracted hours, the rota's working pattern (ISO weekdays, Monday 1;
 * null or empty when none is recorded) and the paid hours the rota already gives them by date.
 *
 * @example leaveScheduleFor(22.5, [1, 2, 3]) // { schedule: { weeks: [[7.5, 7.5, 7.5, 0, 0, 0, 0]] }, daysOffKnown: true }
 * @example leaveScheduleFor(37.5, null).daysOffKnown // false
 */
export function leaveScheduleFor(contractedHoursPerWeek: number, workingWeekdays: readonly number[] | null | undefined, rostered?: Readonly<Record<IsoDate, number>>): LeaveSchedule {
  const schedule = fixedDaysSchedule(contractedHoursPerWeek, workingWeekdays ?? undefined);
  const daysOffKnown = (workingWeekdays ?? []).some((day) => day >= 1 && day <= 7);
  return { schedule: rostered && Object.keys(rostered).length > 0 ? { ...schedule, rostered } : schedule, daysOffKnown };
}
