import { type IsoDate } from '@recordroom/calendar';
import { type Pence } from '../money/pence.js';
import { employerOnCosts, type EmployerOnCosts, type ThresholdPeriod } from '../on-costs/employer-on-costs.js';
import { type EmployerTaxes } from '../on-costs/employer-taxes.js';
import { costPersonShifts, type CostedShift, type PayPosition, type PersonPayContext, type ShiftToCost, sumShiftPay } from './cost-person-shifts.js';
import { DEFAULT_PENSIONABLE_POLICY, pensionablePay, type PensionablePolicy } from './pensionable-pay.js';

/** Pay components and employer on-costs, in pence. */
export interface CostBreakdown {
  basic: Pence;
  enhancements: Pence;
  overtime: Pence;
  /** basic + enhancements + overtime (+ on-call, for a rota) */
  pay: Pence;
  onCosts: EmployerOnCosts;
  /** pay + the on-costs the trust carries (excluding the centrally paid pension). */
  total: Pence;
}

export interface PersonCost extends CostBreakdown {
  staffId: string;
  shifts: readonly CostedShift[];
  /** On-call pay (availability and call-outs) for the period, included in `pay`. */
  onCall: Pence;
}

export interface RotaCost extends CostBreakdown {
  people: readonly PersonCost[];
  /** On-call pay of everyone, included in `pay`. */
  onCall: Pence;
}

export interface RotaCostInput {
  people: ReadonlyMap<string, PayPosition>;
  /** Every worked shift, with whose it is. */
  shifts: readonly (ShiftToCost & { staffId: string })[];
  /** The rates in force on this date apply to the on-costs (the period's first day). */
  onCostDate: IsoDate;
  /** The NI threshold period: a four-week rota is { kind: 'weeks', count: 4 }. */
  period: ThresholdPeriod;
  /**
   * On-call pay for the period by person (onCallPay: availability and call-outs), paid on top of
   * the worked shifts: liable to NI and the levy with the rest of their pay, pensionable only when
   * the policy says so. A person on call with no worked shift is costed too.
   */
  onCall?: ReadonlyMap<string, Pence>;
}

const NO_ON_COSTS: EmployerOnCosts = { nationalInsurance: 0, pensionLocal: 0, pensionCentral: 0, apprenticeshipLevy: 0, totalLocal: 0 };

function addOnCosts(a: EmployerOnCosts, b: EmployerOnCosts): EmployerOnCosts {
  return {
    nationalInsurance: a.nationalInsurance + b.nationalInsurance,
    pensionLocal: a.pensionLocal + b.pensionLocal,
    pensionCentral: a.pensionCentral + b.pensionCentral,
    apprenticeshipLevy: a.apprenticeshipLevy + b.apprenticeshipLevy,
    totalLocal: a.totalLocal + b.totalLocal,
  };
}

/**
 * The cost of a whole rota: each person's shifts costed (weekly overtime counted per person),
 * their on-costs over the period against the period's NI threshold, then summed. Every figure is
 * a sum of the per-person figures, so the rota's total is the sum of what each row shows. On-call
 * pay, when given, is part of each person's pay and on-costs.
 */
export function costRota(input: RotaCostInput, context: PersonPayContext & { taxes: EmployerTaxes; pensionable?: PensionablePolicy }): RotaCost {
  const policy = context.pensionable ?? DEFAULT_PENSIONABLE_POLICY;
  const byPerson = new Map<string, (ShiftToCost & { staffId: string })[]>();
  for (const shift of input.shifts) {
    let list = byPerson.get(shift.staffId);
    if (!list) byPerson.set(shift.staffId, (list = []));
    list.push(shift);
  }
  const people: PersonCost[] = [];
  let basic = 0;
  let enhancements = 0;
  let overtime = 0;
  let onCall = 0;
  let onCosts = NO_ON_COSTS;
  for (const staffId of input.onCall?.keys() ?? []) if (!byPerson.has(staffId)) byPerson.set(staffId, []);
  for (const [staffId, shifts] of byPerson) {
    const position = input.people.get(staffId);
    if (!position) throw new RangeError(`${shifts[0] ? `Shift ${shifts[0].id}` : 'On-call pay'} belongs to ${staffId}, who is not among the people costed`);
    const costed = costPersonShifts(position, shifts, context);
    const pay = sumShiftPay(costed);
    const personOnCall = input.onCall?.get(staffId) ?? 0;
    if (!Number.isSafeInteger(personOnCall) || personOnCall < 0) throw new RangeError(`On-call pay of ${staffId} must be whole pence, 0 or more`);
    const gross = pay.total + personOnCall;
    const pensionable = pensionablePay(pay, policy) + (policy.onCall ? personOnCall : 0);
    const personOnCosts = employerOnCosts({ gross, pensionable, date: input.onCostDate, period: input.period }, context.rules, context.taxes);
    people.push({ staffId, shifts: costed, basic: pay.basic, enhancements: pay.enhancements, overtime: pay.overtime, onCall: personOnCall, pay: gross, onCosts: personOnCosts, total: gross + personOnCosts.totalLocal });
    basic += pay.basic;
    enhancements += pay.enhancements;
    overtime += pay.overtime;
    onCall += personOnCall;
    onCosts = addOnCosts(onCosts, personOnCosts);
  }
  const pay = basic + enhancements + overtime + onCall;
  return { people, basic, enhancements, overtime, onCall, pay, onCosts, total: pay + onCosts.totalLocal };
}
