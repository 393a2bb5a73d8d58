import { type Pence, roundHalfUp } from '../money/pence.js';
import { type PayPosition, type PersonPayContext, type ShiftToCost } from '../cost/cost-person-shifts.js';
import { exactAmount, toPence } from '../cost/hourly-rate.js';
import { timeBandSegments } from '../enhancements/time-bands.js';
import { PayLookupError } from '../tables/pay-rules-error.js';
import { type OnCallAgreement } from './on-call-agreement.js';

export interface OnCallPeriod {
  /** On-call sessions (rota duties) in the period. */
  sessions: readonly ShiftToCost[];
  /** Time actually worked when called out, logged afterwards. */
  callOuts: readonly ShiftToCost[];
  /** How often the person is on call: 1 in N (e.g. 4 for one week in four). */
  frequencyOneIn: number;
  /** The period's length in whole weeks, for the availability payment. */
  weeks: number;
}

export interface OnCallPay {
  availability: Pence;
  callOuts: Pence;
  total: Pence;
  callOutMinutes: number;
}

/** 52.143 weeks a year (the 1,955.4-hour convention, pay-and-costs.md §1), in thousandths. */
const WEEKS_PER_YEAR_THOUSANDTHS = 52_143;

/**
 * On-call pay for a period: the availability payment (by frequency, or per session) and the
 * call-outs, paid per the agreement at overtime rates (double on a public holiday) or plain time;
 * bands not paid overtime get plain time (time off in lieu) for call-outs either way.
 */
export function onCallPay(person: PayPosition, period: OnCallPeriod, agreement: OnCallAgreement, context: PersonPayContext): OnCallPay {
  if (!(period.frequencyOneIn >= 1)) throw new PayLookupError('frequencyOneIn', 'must be 1 or more (1 in N)');
  if (!Number.isInteger(period.weeks) || period.weeks < 0) throw new PayLookupError('weeks', 'must be a whole number of weeks');
  const firstDate = period.sessions[0] ?? period.callOuts[0];
  let availability = 0;
  if (agreement.availability.kind === 'flat-per-session') {
    availability = agreement.availability.pencePerSession * period.sessions.length;
  } else if (firstDate && period.sessions.length > 0) {
    const tier = agreement.availability.tiers.find((t) => period.frequencyOneIn <= t.atLeastOneIn);
    if (!tier) throw new PayLookupError('frequencyOneIn', 'has no availability tier in the on-call agreement');
    const date = context.calendar.time.localOf(firstDate.start).date;
    const salary = context.termsOn(person.band, person.payPoint, date).annualSalary;
    // annual × rate × weeks ÷ 52.143, pro rata to the person's contract.
    availability = roundHalfUp(salary * tier.basisPoints * period.weeks * 1000 * Math.round(person.contractedHoursPerWeek * 10), 10_000 * WEEKS_PER_YEAR_THOUSANDTHS * 375);
  }
  let exact = 0;
  let callOutMinutes = 0;
  for (const callOut of period.callOuts) {
    const segments = timeBandSegments(callOut, context.calendar);
    const worked = segments.reduce((sum, s) => sum + s.minutes, 0);
    const topUp = Math.max(0, agreement.minimumCallOutMinutes - worked);
    callOutMinutes += worked + topUp;
    segments.forEach((segment, index) => {
      const terms = context.termsOn(person.band, person.payPoint, segment.date);
      const minutes = segment.minutes + (index === segments.length - 1 ? topUp : 0);
      const overtime = agreement.callOutPaidAs === 'overtime' ? terms.overtime : null;
      const percent = overtime ? (segment.publicHoliday ? overtime.percentOnPublicHoliday : overtime.percent) : 100;
      exact += exactAmount(terms.annualSalary, minutes, percent);
    });
  }
  const callOuts = toPence(exact);
  return { availability, callOuts, total: availability + callOuts, callOutMinutes };
}
