import { describe, expect, it } from '@jest/globals';
import { SPC_POINT_TYPES } from './point-type.js';
import { variationIcon } from './variation-icon.js';

describe('variationIcon', () => {
  it('maps every point type and direction to its Making Data Count icon', () => {
    const table = SPC_POINT_TYPES.map((type) => [
      type,
      variationIcon(type, 'increase'),
      variationIcon(type, 'decrease'),
      variationIcon(type, 'neutral'),
    ]);
    expect(table).toEqual([
      ['common-cause', 'common-cause', 'common-cause', 'common-cause'],
      ['special-cause-improvement', 'improvement-high', 'improvement-low', 'improvement-high'],
      ['special-cause-concern', 'concern-low', 'concern-high', 'concern-low'],
      ['special-cause-neutral-high', 'neutral-high', 'neutral-high', 'neutral-high'],
      ['special-cause-neutral-low', 'neutral-low', 'neutral-low', 'neutral-low'],
    ]);
  });
});
