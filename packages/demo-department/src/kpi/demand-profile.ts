import { isBankHoliday, isWeekend, type IsoDate } from '@recordroom/calendar';
import { type RequestPriority } from '@recordroom/kpi';

/**
 * Relative request volume by local hour (0-23). A&E requests follow A&E attendances, which peak
 * in the late afternoon and evening; ward and secretarial requests follow the working day;
 * clinic pulls are printed and requested in the morning for the next day's clinics. These are
 * illustrative shapes for the demo, not measured figures.
 */
export const HOURLY_WEIGHTS: Readonly<Record<RequestPriority, readonly number[]>> = {
  emergency: [3, 2.5, 2, 1.5, 1.5, 1.5, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5.5, 6, 7.5, 8.5, 9, 9, 8, 6, 4.5],
  urgent: [0, 0, 0, 0, 0, 0, 0, 0.5, 3, 6, 7, 6, 4, 5, 6, 5, 4, 2, 0.5, 0, 0, 0, 0, 0],
  routine: [0, 0, 0, 0, 0, 0, 0, 0, 4, 6, 6, 5, 3, 5, 5, 4, 3, 0.5, 0, 0, 0, 0, 0, 0],
  'clinic-pull': [0, 0, 0, 0, 0, 0, 0, 0, 6, 8, 7, 5, 3, 3, 2, 1.5, 0.5, 0, 0, 0, 0, 0, 0, 0],
};

/** Mean requests a day for a 40-staff department on an ordinary working day (clinic pulls come from clinics). */
export const WORKING_DAY_REQUESTS = { emergency: 30, urgent: 30, routine: 60 } as const;
/** On weekends and bank holidays A&E carries on; wards ask for a few urgent notes; routine work stops. */
export const NON_WORKING_DAY_REQUESTS = { emergency: 32, urgent: 5, routine: 0 } as const;

/** Outpatient specialties whose clinics need notes pulled; each runs a morning and an afternoon session on some days. */
export const CLINIC_SPECIALTIES = ['CARD', 'DERM', 'ENT', 'GAST', 'GYNA', 'OPHT', 'ORTH', 'PAED', 'RESP', 'RHEU', 'UROL', 'DIAB'] as const;

/**
 * Planned (elective) activity dips in August (summer leave) and between Christmas Eve and New
 * Year; emergency demand rises a little in winter. Illustrative factors for the demo.
 */
export function electiveSeasonFactor(date: IsoDate): number {
  const monthDay = date.slice(5);
  if (monthDay >= '12-24' || monthDay <= '01-01') return 0.45;
  if (monthDay.startsWith('08')) return 0.8;
  if (monthDay >= '12-18') return 0.85;
  return 1;
}

export function emergencySeasonFactor(date: IsoDate): number {
  const month = date.slice(5, 7);
  return month === '12' || month === '01' || month === '02' ? 1.12 : month === '07' || month === '08' ? 0.95 : 1;
}

export function isNonWorkingDay(date: IsoDate): boolean {
  return isWeekend(date) || isBankHoliday(date);
}
