import { type Pence } from '../money/pence.js';
import { type ShiftPay } from './shift-pay.js';

/**
 * What counts as pensionable pay. Scheme rules decide it and pay-and-costs.md §8.4 marks the
 * detail unverified, so this is configuration: by default basic pay (including a part-timer's
 * additional hours) and unsocial-hours enhancements are pensionable, overtime is not, and on-call
 * pay (availability and call-outs, paid at overtime rates) is not.
 */
export interface PensionablePolicy {
  enhancements: boolean;
  overtime: boolean;
  onCall: boolean;
}

export const DEFAULT_PENSIONABLE_POLICY: PensionablePolicy = { enhancements: true, overtime: false, onCall: false };

export function pensionablePay(pay: Pick<ShiftPay, 'basic' | 'enhancements' | 'overtime'>, policy: PensionablePolicy): Pence {
  return pay.basic + (policy.enhancements ? pay.enhancements : 0) + (policy.overtime ? pay.overtime : 0);
}
