import type { ImprovementDirection } from '../kpi/kpi-definition.js';
import type { SpcPointType } from './point-type.js';

/**
 * The Making Data Count variation icons: grey common cause; blue improvement and orange concern
 * with H or L for higher or lower values; purple neutral high or low (NHSRplotthedots
 * inst/icons/variation; ../shared/domain/spc-making-data-count.md §4).
 */
export const VARIATION_ICONS = [
  'common-cause',
  'improvement-high',
  'improvement-low',
  'concern-high',
  'concern-low',
  'neutral-high',
  'neutral-low',
] as const;
export type VariationIcon = (typeof VARIATION_ICONS)[number];

/**
 * The chart's variation icon, from the type of its most recent point (R `geom_ptd_icon`,
 * `x == max(x)`).
 *
 * @example variationIcon('special-cause-concern', 'increase') // 'concern-low'
 */
export function variationIcon(latest: SpcPointType, direction: ImprovementDirection): VariationIcon {
  switch (latest) {
    case 'common-cause':
      return 'common-cause';
    case 'special-cause-neutral-high':
      return 'neutral-high';
    case 'special-cause-neutral-low':
      return 'neutral-low';
    case 'special-cause-improvement':
      return direction === 'decrease' ? 'improvement-low' : 'improvement-high';
    case 'special-cause-concern':
      return direction === 'decrease' ? 'concern-high' : 'concern-low';
  }
}
