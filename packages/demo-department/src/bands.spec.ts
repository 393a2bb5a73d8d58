import { describe, expect, it } from '@jest/globals';
import { AFC_BANDS, payPointCount } from '@recordroom/people';
import { payPointAfterYearsInBand } from './bands.js';

describe('payPointAfterYearsInBand', () => {
  it('keeps Band 2 on its single point', () => {
    expect(payPointAfterYearsInBand('2', 0)).toBe(1);
    expect(payPointAfterYearsInBand('2', 25)).toBe(1);
  });

  it('moves Band 3 to the top point after 2 years and Band 4 after 3', () => {
    expect(payPointAfterYearsInBand('3', 1.99)).toBe(1);
    expect(payPointAfterYearsInBand('3', 2)).toBe(2);
    expect(payPointAfterYearsInBand('4', 2.99)).toBe(1);
    expect(payPointAfterYearsInBand('4', 3)).toBe(2);
  });

  it('moves Band 5 to the intermediate point at 2 years and the top at 4', () => {
    expect([1, 2, 3.9, 4].map((years) => payPointAfterYearsInBand('5', years))).toEqual([1, 2, 2, 3]);
  });

  it('moves Bands 6 and 7 to the intermediate point at 2 years and the top at 5', () => {
    expect([1, 2, 4.9, 5].map((years) => payPointAfterYearsInBand('7', years))).toEqual([1, 2, 2, 3]);
    expect(payPointAfterYearsInBand('6', 5)).toBe(3);
  });

  it('never goes past the top point of any band', () => {
    for (const band of AFC_BANDS) expect(payPointAfterYearsInBand(band, 40)).toBe(payPointCount(band));
  });
});
