import { describe, expect, it } from '@jest/globals';
import { assertWeekdayHourGrid, weekdayHourGrid } from './weekday-hour-grid.js';

describe('weekdayHourGrid', () => {
  it('is 7 weekdays of 24 hours', () => {
    const grid = weekdayHourGrid(2);
    expect([grid.length, grid.every((row) => row.length === 24 && row.every((v) => v === 2))]).toEqual([7, true]);
  });
});

describe('assertWeekdayHourGrid', () => {
  it('accepts a 7 × 24 grid and refuses any other shape or a negative value', () => {
    expect(() => assertWeekdayHourGrid(weekdayHourGrid(), 'planned')).not.toThrow();
    expect(() => assertWeekdayHourGrid(weekdayHourGrid().slice(1), 'planned')).toThrow('planned must be 7 weekdays');
    const negative = weekdayHourGrid();
    negative[3]![4] = -1;
    expect(() => assertWeekdayHourGrid(negative, 'planned')).toThrow(RangeError);
  });
});
