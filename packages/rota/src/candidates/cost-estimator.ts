import { type ShiftFacts } from '../check/shift-facts.js';
import { type AssignmentSource } from '../model/assignment.js';
import { type RotaStaffMember } from '../model/rota-staff-member.js';

/** One way of filling a gap, as the cost capability needs to price it. */
export interface CostOption {
  staff: RotaStaffMember;
  shift: ShiftFacts;
  source: AssignmentSource;
  /**
   * Paid minutes of this shift beyond the person's contracted hours for the period (0 when it
   * fits inside them; all of it for bank staff): additional hours or overtime, for the pay rules.
   */
  minutesBeyondContract: number;
}

/** A price in integer pence, with the basis a manager reads: 'plain time', 'overtime (time and a half)', 'agency'. */
export interface CostEstimate {
  pence: number;
  basis: string;
}

/**
 * The seam for cost: the pay capability supplies this (AfC pay point, unsocial hours, overtime,
 * on-costs); cover candidates show its answer and, with a weight, rank by it. Null means "cannot
 * price this option" and leaves it unranked by cost.
 *
 * @example const estimator: CostEstimator = ({ shift }) => ({ pence: shift.paidMinutes * 25, basis: 'plain time' });
 */
export type CostEstimator = (option: CostOption) => CostEstimate | null;
