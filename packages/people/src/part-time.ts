import { type ContractType } from './contract.js';
import { FULL_TIME_HOURS_PER_WEEK } from './whole-time-equivalent.js';

/**
 * Part-time: a contract with fewer hours than the AfC standard week. Bank staff hold no
 * contracted hours, so they are neither part- nor full-time and are not counted here.
 *
 * @example isPartTime({ contractType: 'permanent', contractedHoursPerWeek: 22.5 }) // true
 */
export function isPartTime(staff: { contractType: ContractType; contractedHoursPerWeek: number }): boolean {
  return staff.contractType !== 'bank' && staff.contractedHoursPerWeek < FULL_TIME_HOURS_PER_WEEK;
}
