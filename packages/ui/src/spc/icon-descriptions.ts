import type { AssuranceIcon, SpcPointType, VariationIcon } from '@recordroom/kpi';

/**
 * What each Making Data Count icon says, in words: the text alternative of the icon and the
 * words a board paper uses (../shared/domain/spc-making-data-count.md §4).
 */
export const VARIATION_ICON_DESCRIPTIONS: Readonly<Record<VariationIcon, string>> = {
  'common-cause': 'Common cause variation – no significant change',
  'improvement-high': 'Special cause variation – improving (high)',
  'improvement-low': 'Special cause variation – improving (low)',
  'concern-high': 'Special cause variation – concerning (high)',
  'concern-low': 'Special cause variation – concerning (low)',
  'neutral-high': 'Special cause variation – higher, neither improving nor concerning',
  'neutral-low': 'Special cause variation – lower, neither improving nor concerning',
};

export const ASSURANCE_ICON_DESCRIPTIONS: Readonly<Record<AssuranceIcon, string>> = {
  'consistent-pass': 'Assurance – the target will consistently be met',
  'consistent-fail': 'Assurance – the target will consistently be missed',
  'inconsistent': 'Assurance – the target will be hit and missed at random',
};

/** A short name for a point's colour on the chart, for the data table beside it. */
export const POINT_TYPE_DESCRIPTIONS: Readonly<Record<SpcPointType, string>> = {
  'common-cause': 'Common cause',
  'special-cause-improvement': 'Special cause – improvement',
  'special-cause-concern': 'Special cause – concern',
  'special-cause-neutral-high': 'Special cause – higher (neutral)',
  'special-cause-neutral-low': 'Special cause – lower (neutral)',
};
