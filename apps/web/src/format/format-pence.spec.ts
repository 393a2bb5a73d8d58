import { describe, expect, it } from '@jest/globals';
import { formatPence, formatPenceChange } from './format-pence';

describe('pence as pounds', () => {
  it('shows pounds and pence with grouped thousands, exactly', () => {
    expect(formatPence(3_270_709)).toBe('£32,707.09');
    expect(formatPence(5)).toBe('£0.05');
    expect(formatPence(-120_000)).toBe('−£1,200.00');
  });

  it('rounds to the pound only when asked, for axes and headlines', () => {
    expect(formatPence(3_270_750, { wholePounds: true })).toBe('£32,708');
  });

  it('says the sign of a change, and when there is none', () => {
    expect([formatPenceChange(272_559), formatPenceChange(-100), formatPenceChange(0)]).toEqual(['+£2,725.59', '−£1.00', 'no change']);
  });
});
