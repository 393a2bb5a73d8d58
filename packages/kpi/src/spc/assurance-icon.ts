import type { ImprovementDirection } from '../kpi/kpi-definition.js';

/** The Making Data Count assurance icons: P (blue), F (orange), ? (grey). */
export const ASSURANCE_ICONS = ['consistent-pass', 'consistent-fail', 'inconsistent'] as const;
export type AssuranceIcon = (typeof ASSURANCE_ICONS)[number];

/**
 * Whether the process will meet its target, comparing the target with the latest process limits
 * (R `ptd_calculate_assurance_type`): a target beyond a limit is consistently passed or failed,
 * one between the limits (inclusive) is hit and missed at random. Null without a target or for a
 * neutral direction. With no limits (R: NA) it is 'inconsistent', as R's `case_when` falls through.
 *
 * @example assuranceIcon(95, 'increase', { upl: 94, lpl: 88 }) // 'consistent-fail'
 */
export function assuranceIcon(
  target: number | null,
  direction: ImprovementDirection,
  latest: { upl: number | null; lpl: number | null },
): AssuranceIcon | null {
  if (target === null || direction === 'neutral') return null;
  const increasing = direction === 'increase';
  if (latest.upl !== null && target > latest.upl) return increasing ? 'consistent-fail' : 'consistent-pass';
  if (latest.lpl !== null && target < latest.lpl) return increasing ? 'consistent-pass' : 'consistent-fail';
  return 'inconsistent';
}
