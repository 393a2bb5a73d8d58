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
  /** basic + enhancements + overtime */
  pay: Pence;
  onCosts: EmployerOnCosts;
  /** pay + the on-costs the trust carries (excluding the centrally paid pension). */
  total: Pence;
}

export interface PersonCost extends CostBreakdown {
  staffId: string;
  shifts: readonly CostedShift[];
}

export interface RotaCost extends CostBreakdown {
  people: readonly PersonCost[];
}

export interface RotaCostInput {
  people: ReadonlyMap<string, PayPosition>;
  /** Every worked shift, with whose it is. */
  shifts: readonly (ShiftToCost & { staffId: string })[];
  /** The rates in force on this date apply to the on-costs (the period's first day). */
  onCostDate: IsoDate;
  /** The NI threshold period: a four-week rota is { kind: 'weeks', count: 4 }. */
  period: ThresholdPeriod;
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
 * a sum of the per-person figures, so the rota's total is the sum of what each row shows.
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
  let onCosts = NO_ON_COSTS;
  for (const [staffId, shifts] of byPerson) {
    const position = input.people.get(staffId);
    if (!position) throw new RangeError(`Shift ${shifts[0]?.id ?? ''} belongs to ${staffId}, who is not among the people costed`);
    const costed = costPersonShifts(position, shifts, context);
    const pay = sumShiftPay(costed);
    const personOnCosts = employerOnCosts({ gross: pay.total, pensionable: pensionablePay(pay, policy), date: input.onCostDate, period: input.period }, context.rules, context.taxes);
    people.push({ staffId, shifts: costed, basic: pay.basic, enhancements: pay.enhancements, overtime: pay.overtime, pay: pay.total, onCosts: personOnCosts, total: pay.total + personOnCosts.totalLocal });
    basic += pay.basic;
    enhancements += pay.enhancements;
    overtime += pay.overtime;
    onCosts = addOnCosts(onCosts, personOnCosts);
  }
  const pay = basic + enhancements + overtime;
  return { people, basic, enhancements, overtime, pay, onCosts, total: pay + onCosts.totalLocal };
}
