import { describe, expect, it } from '@jest/globals';
import { pointType } from './point-type.js';

describe('pointType', () => {
  it('is common cause without a special cause, whatever the direction', () => {
    expect(pointType(null, 'increase')).toBe('common-cause');
    expect(pointType(null, 'neutral')).toBe('common-cause');
  });

  it('orients a signal by the improvement direction, as R ptd_point_type', () => {
    expect([pointType('high', 'increase'), pointType('low', 'increase')]).toEqual(['special-cause-improvement', 'special-cause-concern']);
    expect([pointType('high', 'decrease'), pointType('low', 'decrease')]).toEqual(['special-cause-concern', 'special-cause-improvement']);
    expect([pointType('high', 'neutral'), pointType('low', 'neutral')]).toEqual(['special-cause-neutral-high', 'special-cause-neutral-low']);
  });
});
