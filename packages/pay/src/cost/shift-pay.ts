import { type AfcBand } from '@recordroom/people';
import { type Pence } from '../money/pence.js';
import { segmentBuffer, type SegmentBuffer, type TimeSegment } from '../enhancements/time-bands.js';
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
  const buffer = segmentBuffer();
  let paid = 0;
  for (const segment of segments) {
    const n = buffer.count;
    buffer.date[n] = segment.date;
    buffer.band[n] = segment.band;
    buffer.publicHoliday[n] = segment.publicHoliday;
    buffer.minutes[n] = segment.minutes;
    buffer.start[n] = segment.start;
    buffer.count = n + 1;
    paid += segment.minutes;
  }
  const pay = payOfSegments(buffer, paid, termsOn, overtimeMinutes);
  return { basic: pay.basic, enhancements: pay.enhancements, overtime: pay.overtime, total: pay.total, minutes: pay.minutes };
}

/** The shift pay of runs held in a SegmentBuffer (`paid` their minutes), with `id` and `additionalMinutes` set: one object per shift. */
export function payOfSegments(buffer: SegmentBuffer, paid: number, termsOn: (date: string) => PayTerms, overtimeMinutes: number, id = '', additionalMinutes = 0): ShiftPay & { id: string; additionalMinutes: number } {
  if (!(overtimeMinutes >= 0) || overtimeMinutes > paid) throw new RangeError(`Overtime minutes must be between 0 and the shift's ${paid} paid minutes`);
  let ordinaryLeft = paid - overtimeMinutes;
  let basic = 0;
  let enhancements = 0;
  let overtime = 0;
  let plain = 0;
  let lower = 0;
  let higher = 0;
  let overtimeMinutesPaid = 0;
  let timeOffInLieu = 0;
  let lastDate = '';
  let terms: PayTerms | undefined;
  for (let i = 0; i < buffer.count; i++) {
    const date = buffer.date[i] ?? '';
    // Consecutive runs are mostly of one date: ask for its terms once.
    if (terms === undefined || date !== lastDate) {
      terms = termsOn(date);
      lastDate = date;
    }
    const minutes = buffer.minutes[i] ?? 0;
    const band = buffer.band[i];
    const ordinary = Math.min(ordinaryLeft, minutes);
    const extra = minutes - ordinary;
    ordinaryLeft -= ordinary;
    if (ordinary > 0) {
      basic += exactAmount(terms.annualSalary, ordinary, 100);
      if (band === 'plain') plain += ordinary;
      else if (band === 'lower') {
        lower += ordinary;
        enhancements += exactAmount(terms.annualSalary, ordinary, terms.unsocial.lower);
      } else {
        higher += ordinary;
        enhancements += exactAmount(terms.annualSalary, ordinary, terms.unsocial.higher);
      }
    }
    if (extra > 0) {
      if (terms.overtime) {
        // Double time on a general public holiday only: Sunday overtime is time and a half in England (pay-and-costs.md §6).
        const percent = buffer.publicHoliday[i] ? terms.overtime.percentOnPublicHoliday : terms.overtime.percent;
        overtime += exactAmount(terms.annualSalary, extra, percent);
        overtimeMinutesPaid += extra;
      } else {
        basic += exactAmount(terms.annualSalary, extra, 100);
        timeOffInLieu += extra;
      }
    }
  }
  const basicPence = toPence(basic);
  const enhancementsPence = toPence(enhancements);
  const overtimePence = toPence(overtime);
  return {
    basic: basicPence,
    enhancements: enhancementsPence,
    overtime: overtimePence,
    total: basicPence + enhancementsPence + overtimePence,
    minutes: { plain, lower, higher, overtime: overtimeMinutesPaid, timeOffInLieu },
    id,
    additionalMinutes,
  };
}
