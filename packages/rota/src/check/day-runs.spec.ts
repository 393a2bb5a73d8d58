import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { type WorkedShift } from './rota-context.js';
import { dayRuns } from './day-runs.js';

const onDays = (days: readonly number[]): WorkedShift[] =>
  [...days].sort((a, b) => a - b).map((day, i) => ({ assignment: { id: `a${i}`, shiftId: `s${i}`, staffId: 'ann', source: 'manual' }, shift: { day } }) as unknown as WorkedShift);

describe('dayRuns', () => {
  it('splits days into blocks of worked days and days off, two shifts on a day counting once', () => {
    const runs = dayRuns(onDays([11, 12, 12, 15]), 10, 16);
    expect(runs.map((r) => [r.firstDay, r.lastDay, r.worked, r.shifts.length])).toEqual([
      [10, 10, false, 0],
      [11, 12, true, 3],
      [13, 14, false, 0],
      [15, 15, true, 1],
      [16, 16, false, 0],
    ]);
  });

  it('agrees with a day-by-day reading for any set of worked days', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 20, max: 40 }), (days, from, to) => {
        const runs = dayRuns(onDays(days), from, to);
        const worked = new Set(days);
        const byDay: boolean[] = [];
        for (const run of runs) for (let d = run.firstDay; d <= run.lastDay; d += 1) byDay.push(run.worked);
        expect(byDay).toEqual(Array.from({ length: to - from + 1 }, (_, i) => worked.has(from + i)));
        runs.slice(1).forEach((run, i) => expect(run.worked).not.toBe(runs[i]?.worked));
      }),
    );
  });
});
