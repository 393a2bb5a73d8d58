import { addDays, type IsoDate, isoWeekday } from '@recordroom/calendar';
import { type AfcBand } from '@recordroom/people';
import { type EpochMinutes } from '@recordroom/rota';
import { type Pence } from '../money/pence.js';
import { segmentBuffer, splitPaidTime, type TimeBandCalendar } from '../enhancements/time-bands.js';
import { inForceOn } from '../tables/dated.js';
import { type NationPayRules } from '../tables/nation-pay-rules.js';
import { PayLookupError } from '../tables/pay-rules-error.js';
import { payOfSegments, type PayTerms, type ShiftPay } from './shift-pay.js';

/** A worked shift to cost: [start, end) as instants, with its unpaid break. */
export interface ShiftToCost {
  id: string;
  start: EpochMinutes;
  end: EpochMinutes;
  unpaidBreakMinutes: number;
}

/** What a person's pay depends on. */
export interface PayPosition {
  band: AfcBand;
  payPoint: number;
  contractedHoursPerWeek: number;
}

export interface CostedShift extends ShiftPay {
  id: string;
  /** Paid minutes beyond the person's contract but within full time: plain time (additional hours). */
  additionalMinutes: number;
}

export interface PersonPayContext {
  rules: NationPayRules;
  calendar: TimeBandCalendar;
  termsOn: (band: AfcBand, point: number, date: IsoDate) => PayTerms;
}

const mondays = new Map<IsoDate, IsoDate>();

/** Monday of the ISO week of a date (remembered: date arithmetic validates its input each time). */
function weekOf(date: IsoDate): IsoDate {
  let monday = mondays.get(date);
  if (monday === undefined) mondays.set(date, (monday = addDays(date, 1 - isoWeekday(date))));
  return monday;
}

/**
 * The pay for each of a person's shifts. Hours count by the week (Monday to Sunday, by the
 * shift's start): up to the contract they are ordinary; beyond it and up to full time
 * (37.5 h) they are additional hours at plain time with unsocial-hours enhancements; beyond full
 * time they are overtime (pay-and-costs.md §6). A shift that crosses the line is split: its
 * last minutes are the additional or overtime ones.
 */
export function costPersonShifts(person: PayPosition, shifts: readonly ShiftToCost[], context: PersonPayContext): CostedShift[] {
  if (!(person.contractedHoursPerWeek >= 0)) throw new PayLookupError('contractedHoursPerWeek', 'must be 0 or more hours');
  const ordered = [...shifts].sort((a, b) => a.start - b.start);
  const termsOn = (date: IsoDate): PayTerms => context.termsOn(person.band, person.payPoint, date);
  const minutesInWeek = new Map<IsoDate, number>();
  let rulesFrom = '';
  let rulesTo = '';
  let rulesInForce: ReturnType<typeof inForceOn<PersonPayContext['rules']['overtime'][number]>>;
  const overtimeOn = (date: IsoDate) => {
    if (date < rulesFrom || date > rulesTo) {
      rulesInForce = inForceOn(context.rules.overtime, date);
      rulesFrom = rulesInForce?.effectiveFrom ?? date;
      rulesTo = rulesInForce ? (rulesInForce.effectiveTo ?? '9999-12-31') : date;
    }
    return rulesInForce;
  };
  const buffer = segmentBuffer();
  const costed: CostedShift[] = new Array<CostedShift>(ordered.length);
  for (let i = 0; i < ordered.length; i++) {
    const shift = ordered[i] as ShiftToCost;
    const paid = splitPaidTime(shift, context.calendar, buffer);
    const startDate = context.calendar.time.localDay(Math.floor(context.calendar.time.localMinutesOf(shift.start) / 1440)).date;
    const overtimeRules = overtimeOn(startDate);
    if (!overtimeRules) throw new PayLookupError('date', `No ${context.rules.title} overtime rules are loaded for ${startDate}.`);
    const fullTime = overtimeRules.fullTimeHoursPerWeek * 60;
    const contracted = Math.min(fullTime, person.contractedHoursPerWeek * 60);
    const week = weekOf(startDate);
    const before = minutesInWeek.get(week) ?? 0;
    const after = before + paid;
    minutesInWeek.set(week, after);
    const overtimeMinutes = beyond(before, after, fullTime);
    const additionalMinutes = beyond(before, after, contracted) - overtimeMinutes;
    costed[i] = payOfSegments(buffer, paid, termsOn, overtimeMinutes, shift.id, additionalMinutes);
  }
  return costed;
}

/** The minutes of a shift taking the week from `before` to `after` that fall beyond `limit`. */
function beyond(before: number, after: number, limit: number): number {
  return Math.max(0, after - limit) - Math.max(0, before - limit);
}

/** Sums of costed shifts, component by component. */
export function sumShiftPay(shifts: readonly ShiftPay[]): Pick<ShiftPay, 'basic' | 'enhancements' | 'overtime' | 'total'> {
  let basic: Pence = 0;
  let enhancements: Pence = 0;
  let overtime: Pence = 0;
  for (const shift of shifts) {
    basic += shift.basic;
    enhancements += shift.enhancements;
    overtime += shift.overtime;
  }
  return { basic, enhancements, overtime, total: basic + enhancements + overtime };
}
