import { type AfcBand } from '@recordroom/people';
import { type Pence } from '../money/pence.js';
import { type TimeSegment } from '../enhancements/time-bands.js';
import { exactAmount, toPence } from './hourly-rate.js';

/** What the pay rules say for one person on one date: salary, unsocial-hours percentages, overtime. */
export interface PayTerms {
  band: AfcBand;
  /** Full-time annual basic salary at the person's point, in pence. */
  annualSalary: Pence;
  unsocial: { lower: number; higher: number };
  /** Null when the band is not paid overtime (8a and above in England): extra hours are time off in lieu. */
  overtime: { percent: number; percentOnPublicHoliday: number } | null;
}

/** The pay for one shift, by component, in pence (each component rounded once). */
export interface ShiftPay {
  /** Plain-time pay for the ordinary (non-overtime) minutes. */
  basic: Pence;
  /** Unsocial-hours enhancements on the ordinary minutes. */
  enhancements: Pence;
  /** Overtime pay, the whole rate (time and a half is 150% of the minute, not 50% on top). */
  overtime: Pence;
  total: Pence;
  minutes: { plain: number; lower: number; higher: number; overtime: number; timeOffInLieu: number };
}

/**
 * The pay for a shift's paid time, given the terms in force on each of its dates. The last
 * `overtimeMinutes` of the shift are overtime (the week's hours went past full time during it):
 * paid at the overtime rate with no unsocial-hours enhancement (handbook Section 3: enhancements
 * apply to standard hours only), double on a public holiday; for bands without overtime they are
 * valued at plain time as time off in lieu.
 *
 * @example shiftPay(segments, () => terms, 0) // { basic, enhancements, overtime: 0, total, minutes }
 */
export function shiftPay(segments: readonly TimeSegment[], termsOn: (date: string) => PayTerms, overtimeMinutes: number): ShiftPay {
  const paid = segments.reduce((sum, segment) => sum + segment.minutes, 0);
  if (!(overtimeMinutes >= 0) || overtimeMinutes > paid) throw new RangeError(`Overtime minutes must be between 0 and the shift's ${paid} paid minutes`);
  let ordinaryLeft = paid - overtimeMinutes;
  let basic = 0;
  let enhancements = 0;
  let overtime = 0;
  const minutes = { plain: 0, lower: 0, higher: 0, overtime: 0, timeOffInLieu: 0 };
  for (const segment of segments) {
    const terms = termsOn(segment.date);
    const ordinary = Math.min(ordinaryLeft, segment.minutes);
    const extra = segment.minutes - ordinary;
    ordinaryLeft -= ordinary;
    if (ordinary > 0) {
      basic += exactAmount(terms.annualSalary, ordinary, 100);
      if (segment.band === 'plain') minutes.plain += ordinary;
      else if (segment.band === 'lower') {
        minutes.lower += ordinary;
        enhancements += exactAmount(terms.annualSalary, ordinary, terms.unsocial.lower);
      } else {
        minutes.higher += ordinary;
        enhancements += exactAmount(terms.annualSalary, ordinary, terms.unsocial.higher);
      }
    }
    if (extra > 0) {
      if (terms.overtime) {
        // Double time on a general public holiday only: Sunday overtime is time and a half in England (pay-and-costs.md §6).
        const percent = segment.publicHoliday ? terms.overtime.percentOnPublicHoliday : terms.overtime.percent;
        overtime += exactAmount(terms.annualSalary, extra, percent);
        minutes.overtime += extra;
      } else {
        basic += exactAmount(terms.annualSalary, extra, 100);
        minutes.timeOffInLieu += extra;
      }
    }
  }
  const pay = { basic: toPence(basic), enhancements: toPence(enhancements), overtime: toPence(overtime) };
  return { ...pay, total: pay.basic + pay.enhancements + pay.overtime, minutes };
}
