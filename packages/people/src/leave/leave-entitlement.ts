import { addDays, type IsoDate } from '@recordroom/calendar';
import { dayCount, intersectRanges, type DateRange } from '../date-range.js';
import { publicHolidaysIn } from '../work-schedule.js';
import { AFC_ANNUAL_LEAVE_STEPS, afcAnnualLeaveDays, leaveDaysInHours } from './afc-annual-leave.js';
import { DEFAULT_LEAVE_SETTINGS, roundHours, type LeaveSettings } from './leave-settings.js';
import { leaveYearContaining } from './leave-year.js';
import { completedYearsOfService, serviceAnniversary } from './reckonable-service.js';

/** The parts of a person's record that decide their leave. A StaffMember fits, with its dates. */
export interface LeaveHolder {
  contractedHoursPerWeek: number;
  /** Start of reckonable NHS service (already moved forward by breaks that do not count). */
  nhsServiceStartDate: IsoDate;
  /** First day with this employer; the NHS service start when omitted. */
  employmentStartDate?: IsoDate;
  /** Last day of employment, for a leaver; null or omitted while in post. */
  employmentEndDate?: IsoDate | null;
}

/** Days of a leave year at one rate of annual leave. */
export interface EntitlementPart {
  start: IsoDate;
  end: IsoDate;
  completedYears: number;
  /** Full-time annual leave days a year at this rate (27, 29 or 33). */
  fullTimeDays: number;
  /** This part's share of the year's annual leave, in hours, unrounded. */
  hours: number;
}

/** A person's leave for one leave year, in hours. */
export interface LeaveEntitlement {
  leaveYear: DateRange;
  /** Days of the leave year the person is employed; null when none. */
  employed: DateRange | null;
  annualLeaveHours: number;
  publicHolidayHours: number;
  /** Annual leave and public holidays: the allowance bookings and public holidays are taken from. */
  totalHours: number;
  parts: EntitlementPart[];
}

const NO_END = '9999-12-31';

/**
 * The leave year containing `date` for this person under the settings.
 *
 * @example leaveYearFor({ contractedHoursPerWeek: 37.5, nhsServiceStartDate: '2019-06-15' }, '2026-03-02') // { start: '2025-04-01', end: '2026-03-31' }
 */
export function leaveYearFor(holder: LeaveHolder, date: IsoDate, settings: LeaveSettings = DEFAULT_LEAVE_SETTINGS): DateRange {
  return leaveYearContaining(date, settings.leaveYear, holder.employmentStartDate ?? holder.nhsServiceStartDate);
}

/**
 * Annual leave and public holiday hours for a leave year (../shared/domain/working-time.md §3):
 * the AfC days for the person's reckonable service × 7.5 × contracted hours ÷ 37.5, and 8 public
 * holidays the same way, pro-rata by calendar days for a starter or leaver, each rounded once
 * to the settings' step (half an hour by default). A service step reached inside the year follows
 * `settings.serviceStep`. `publicHolidays` (England and Wales by default) are counted only under
 * the 'holidays-in-leave-year' allowance.
 *
 * @example
 * leaveEntitlement({ contractedHoursPerWeek: 22.5, nhsServiceStartDate: '2024-09-01' }, { start: '2026-04-01', end: '2027-03-31' })
 * // { annualLeaveHours: 121.5, publicHolidayHours: 36, totalHours: 157.5, ... }
 */
export function leaveEntitlement(
  holder: LeaveHolder,
  leaveYear: DateRange,
  settings: LeaveSettings = DEFAULT_LEAVE_SETTINGS,
  publicHolidays?: readonly IsoDate[],
): LeaveEntitlement {
  const employment = { start: holder.employmentStartDate ?? holder.nhsServiceStartDate, end: holder.employmentEndDate ?? NO_END };
  const employed = intersectRanges(leaveYear, employment);
  if (employed === null) return { leaveYear, employed, annualLeaveHours: 0, publicHolidayHours: 0, totalHours: 0, parts: [] };

  const hoursPerWeek = holder.contractedHoursPerWeek;
  const yearDays = dayCount(leaveYear);
  const parts = entitlementRanges(holder.nhsServiceStartDate, leaveYear, employed, settings).map(({ range, completedYears }): EntitlementPart => {
    const fullTimeDays = afcAnnualLeaveDays(completedYears);
    return { ...range, completedYears, fullTimeDays, hours: (leaveDaysInHours(fullTimeDays, hoursPerWeek) * dayCount(range)) / yearDays };
  });
  const annualLeaveHours = roundHours(
    parts.reduce((sum, p) => sum + p.hours, 0),
    settings.roundingStepHours,
  );

  const publicHolidayDays =
    settings.publicHolidayAllowance === 'fixed'
      ? (settings.publicHolidaysPerYear * dayCount(employed)) / yearDays
      : publicHolidaysIn(employed, publicHolidays).length;
  const publicHolidayHours = roundHours(leaveDaysInHours(publicHolidayDays, hoursPerWeek), settings.roundingStepHours);

  return { leaveYear, employed, annualLeaveHours, publicHolidayHours, totalHours: annualLeaveHours + publicHolidayHours, parts };
}

function entitlementRanges(serviceStart: IsoDate, leaveYear: DateRange, employed: DateRange, settings: LeaveSettings): { range: DateRange; completedYears: number }[] {
  switch (settings.serviceStep) {
    case 'from-next-leave-year':
      return [{ range: employed, completedYears: completedYearsOfService(serviceStart, leaveYear.start) }];
    case 'whole-leave-year':
      return [{ range: employed, completedYears: completedYearsOfService(serviceStart, leaveYear.end) }];
    case 'pro-rata-from-anniversary': {
      // Split the employed days at each step's anniversary that falls inside them.
      const cuts = AFC_ANNUAL_LEAVE_STEPS.map((s) => serviceAnniversary(serviceStart, s.afterYears))
        .filter((d) => d > employed.start && d <= employed.end)
        .sort();
      const starts = [employed.start, ...cuts];
      return starts.map((start, i) => {
        const next = starts[i + 1];
        const end = next === undefined ? employed.end : addDays(next, -1);
        return { range: { start, end }, completedYears: completedYearsOfService(serviceStart, start) };
      });
    }
  }
}
