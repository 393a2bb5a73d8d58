import { describe, expect, it } from '@jest/globals';
import { mondayNine } from '../test-support/monday-nine.js';
import { compareWithPlannedCover } from './planned-cover.js';
import { staffNeededByHour } from './staff-needed-by-hour.js';
import { weekdayHourGrid } from './weekday-hour-grid.js';

describe('compareWithPlannedCover', () => {
  it('flags the hours with fewer staff planned than needed', () => {
    const needs = staffNeededByHour(mondayNine(12), 10, 5, 0.9);
    const planned = weekdayHourGrid(1);
    planned[0]![9] = 3;
    const comparison = compareWithPlannedCover(needs, planned);
    expect(comparison.filter((c) => c.status === 'under-staffed')).toEqual([
      { weekday: 1, hour: 9, staffNeeded: 4, planned: 3, shortfall: 1, status: 'under-staffed' },
    ]);
    expect(comparison.find((c) => c.weekday === 2 && c.hour === 9)).toMatchObject({ status: 'covered', shortfall: 0 });
  });

  it('marks an hour whose need cannot be met', () => {
    const needs = staffNeededByHour(mondayNine(12), 10, 10, 0.9, { measure: 'response' });
    expect(compareWithPlannedCover(needs, weekdayHourGrid(5))[9]).toMatchObject({ status: 'unattainable', shortfall: null });
  });
});
