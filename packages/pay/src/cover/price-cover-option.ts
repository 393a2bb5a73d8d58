import { type AfcBand } from '@recordroom/people';
import { type Pence, share } from '../money/pence.js';
import { employerOnCosts } from '../on-costs/employer-on-costs.js';
import { type EmployerTaxes } from '../on-costs/employer-taxes.js';
import { costPersonShifts, type PayPosition, type PersonPayContext, type ShiftToCost, sumShiftPay } from '../cost/cost-person-shifts.js';
import { DEFAULT_PENSIONABLE_POLICY, pensionablePay, type PensionablePolicy } from '../cost/pensionable-pay.js';
import { timeBandSegments } from '../enhancements/time-bands.js';

/**
 * An agency's charge per hour by band, in pence, VAT included where the trust cannot recover
 * it: local contracts (framework rate cards), so configuration, never a national figure.
 */
export type AgencyRateCard = ReadonlyMap<AfcBand, Pence>;

/** Who would work the shift, and on what terms. */
export type CoverOption =
  | { kind: 'staff'; position: PayPosition; otherShiftsThatWeek: readonly ShiftToCost[] }
  | { kind: 'bank'; position: PayPosition }
  | { kind: 'agency'; band: AfcBand };

export interface CoverPrice {
  /** What this option adds to the rota's cost, on-costs included, in pence. */
  pence: Pence;
  /** The words a manager reads: 'plain time', 'additional hours at plain time', 'overtime', 'bank', 'agency'. */
  basis: string;
  pay: Pence;
  onCosts: Pence;
}

export interface CoverPricingContext extends PersonPayContext {
  taxes: EmployerTaxes;
  agencyRates: AgencyRateCard;
  pensionable?: PensionablePolicy;
}

/**
 * The marginal cost of one shift by each kind of cover (DESIGN.md journey 1): a member of staff
 * (the week's cost with the shift minus without it, so a shift that pushes the week past 37.5 h
 * is priced as overtime), a bank worker (their band's rate with enhancements), or an agency
 * (the rate card per paid hour; the agency carries its own on-costs). Employer on-costs are
 * marginal: NI at the full rate, as a person covering extra hours is above the threshold.
 */
export function priceCoverOption(shift: ShiftToCost, option: CoverOption, context: CoverPricingContext): CoverPrice {
  const policy = context.pensionable ?? DEFAULT_PENSIONABLE_POLICY;
  const onCostDate = context.calendar.time.localOf(shift.start).date;
  const marginalOnCosts = (pay: { basic: Pence; enhancements: Pence; overtime: Pence; total: Pence }): Pence =>
    employerOnCosts({ gross: pay.total, pensionable: pensionablePay(pay, policy), date: onCostDate, period: { kind: 'marginal' } }, context.rules, context.taxes).totalLocal;

  switch (option.kind) {
    case 'agency': {
      const rate = context.agencyRates.get(option.band);
      if (rate === undefined) throw new RangeError(`The agency rate card has no Band ${option.band} rate`);
      const paidMinutes = timeBandSegments(shift, context.calendar).reduce((sum, segment) => sum + segment.minutes, 0);
      const pay = share(rate, paidMinutes, 60);
      return { pence: pay, basis: 'agency', pay, onCosts: 0 };
    }
    case 'bank': {
      const [costed] = costPersonShifts({ ...option.position, contractedHoursPerWeek: 0 }, [shift], context);
      if (!costed) throw new RangeError('The shift could not be costed');
      const onCosts = marginalOnCosts(costed);
      return { pence: costed.total + onCosts, basis: 'bank', pay: costed.total, onCosts };
    }
    case 'staff': {
      const without = sumShiftPay(costPersonShifts(option.position, option.otherShiftsThatWeek, context));
      const withShift = costPersonShifts(option.position, [...option.otherShiftsThatWeek, shift], context);
      const added = sumShiftPay(withShift);
      const delta = { basic: added.basic - without.basic, enhancements: added.enhancements - without.enhancements, overtime: added.overtime - without.overtime, total: added.total - without.total };
      // The difference of the week's on-costs, not on-costs of the difference: adding an early
      // shift can turn a later ordinary one into overtime, moving pay between components.
      const onCosts = marginalOnCosts(added) - marginalOnCosts(without);
      const line = withShift.find((costed) => costed.id === shift.id);
      const basis = delta.overtime > 0 ? 'overtime' : (line?.additionalMinutes ?? 0) > 0 ? 'additional hours at plain time' : 'plain time';
      return { pence: delta.total + onCosts, basis, pay: delta.total, onCosts };
    }
  }
}
