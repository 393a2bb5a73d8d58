import { addMonthsClamped, type IsoDate } from '@recordroom/calendar';

/**
 * The date `years` of reckonable NHS service are completed, counted from the start of service
 * (a start on 29 February completes its years on 28 February in other years).
 *
 * @example serviceAnniversary('2021-06-15', 5) // '2026-06-15'
 */
export function serviceAnniversary(serviceStartDate: IsoDate, years: number): IsoDate {
  return addMonthsClamped(serviceStartDate, years * 12);
}

/**
 * Whole years of reckonable NHS service completed on `date` (0 before the first anniversary,
 * and before service starts). Service need not be continuous or with one employer
 * (../shared/domain/working-time.md §3, [V]): the caller passes a start date already moved
 * forward by any breaks that do not count, whose exact rules are unverified.
 *
 * @example completedYearsOfService('2021-06-15', '2026-06-14') // 4
 * @example completedYearsOfService('2021-06-15', '2026-06-15') // 5
 */
export function completedYearsOfService(serviceStartDate: IsoDate, date: IsoDate): number {
  if (date < serviceStartDate) return 0;
  let years = Number(date.slice(0, 4)) - Number(serviceStartDate.slice(0, 4));
  while (years > 0 && serviceAnniversary(serviceStartDate, years) > date) years -= 1;
  return years;
}
