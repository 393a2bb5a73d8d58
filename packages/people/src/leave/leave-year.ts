import { addDays, addMonthsClamped, type IsoDate } from '@recordroom/calendar';
import { type DateRange } from '../date-range.js';

/**
 * When a leave year begins: on a fixed day each year (1 April is common), or on the anniversary
 * of the day the person joined the employer.
 */
export type LeaveYearRule = { kind: 'fixed-date'; month: number; day: number } | { kind: 'anniversary' };

/**
 * 1 April to 31 March: common (NHS Kirklees) but a local choice nationally
 * (../shared/domain/working-time.md §3, [U]). A configurable default.
 */
export const DEFAULT_LEAVE_YEAR_RULE: LeaveYearRule = { kind: 'fixed-date', month: 4, day: 1 };

function fixedStartIn(year: number, month: number, day: number): IsoDate {
  // A start on 29 February falls on 28 February in common years, like an anniversary.
  const clampedDay = Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${year}-${String(month).padStart(2, '0')}-${String(clampedDay).padStart(2, '0')}`;
}

/**
 * The leave year containing `date`, both ends included. `employmentStartDate` anchors the
 * anniversary rule (a leave year starting on 15 June for someone who joined on 15 June).
 *
 * @example leaveYearContaining('2026-03-02', DEFAULT_LEAVE_YEAR_RULE) // { start: '2025-04-01', end: '2026-03-31' }
 * @example leaveYearContaining('2026-03-02', { kind: 'anniversary' }, '2019-06-15') // { start: '2025-06-15', end: '2026-06-14' }
 */
export function leaveYearContaining(date: IsoDate, rule: LeaveYearRule, employmentStartDate?: IsoDate): DateRange {
  if (rule.kind === 'fixed-date') {
    let year = Number(date.slice(0, 4));
    if (fixedStartIn(year, rule.month, rule.day) > date) year -= 1;
    return { start: fixedStartIn(year, rule.month, rule.day), end: addDays(fixedStartIn(year + 1, rule.month, rule.day), -1) };
  }
  if (employmentStartDate === undefined) throw new RangeError('An anniversary leave year needs the employment start date');
  let years = Number(date.slice(0, 4)) - Number(employmentStartDate.slice(0, 4));
  while (addMonthsClamped(employmentStartDate, years * 12) > date) years -= 1;
  while (addMonthsClamped(employmentStartDate, (years + 1) * 12) <= date) years += 1;
  return { start: addMonthsClamped(employmentStartDate, years * 12), end: addDays(addMonthsClamped(employmentStartDate, (years + 1) * 12), -1) };
}
