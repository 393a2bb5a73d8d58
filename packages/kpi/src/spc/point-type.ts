import type { ImprovementDirection } from '../kpi/kpi-definition.js';
import type { SignalSide } from './spc-types.js';

/** How a point is coloured on a Making Data Count chart (R `point_type`, hyphenated). */
export const SPC_POINT_TYPES = [
  'common-cause',
  'special-cause-improvement',
  'special-cause-concern',
  'special-cause-neutral-high',
  'special-cause-neutral-low',
] as const;
export type SpcPointType = (typeof SPC_POINT_TYPES)[number];

/**
 * Classifies a point from the side of its special cause (null for none) and the improvement
 * direction (R `ptd_point_type`): high values improve when direction is increase, and so on.
 *
 * @example pointType('low', 'decrease') // 'special-cause-improvement'
 */
export function pointType(side: SignalSide | null, direction: ImprovementDirection): SpcPointType {
  if (side === null) return 'common-cause';
  switch (direction) {
    case 'neutral':
      return side === 'high' ? 'special-cause-neutral-high' : 'special-cause-neutral-low';
    case 'increase':
      return side === 'high' ? 'special-cause-improvement' : 'special-cause-concern';
    case 'decrease':
      return side === 'low' ? 'special-cause-improvement' : 'special-cause-concern';
  }
}
