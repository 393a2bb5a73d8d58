import { describe, expect, it } from '@jest/globals';
import { readCurtoisInstance, readCurtoisSolution } from '../test-support/curtois-files.js';
import { parseCurtoisInstance } from './curtois-instance.js';
import { parseCurtoisRoster } from './curtois-roster.js';
import { formatCurtoisRoster, solveCurtois } from './solve-curtois.js';

describe('solveCurtois', () => {
  it('reaches the proven optimum of Instance1 (607) with no hard breach in 2,000,000 moves (seed 1)', () => {
    const instance = parseCurtoisInstance(readCurtoisInstance(1));
    const solution = solveCurtois(instance, { seed: 1, maxIterations: 2_000_000 });
    expect(solution.score.hardViolations).toEqual([]);
    expect(solution.score.penalty).toBe(607);
  });

  it('writes a roster in the solutions folder format that reads back the same', () => {
    const instance = parseCurtoisInstance(readCurtoisInstance(2));
    const roster = parseCurtoisRoster(readCurtoisSolution(2).text, instance);
    const text = formatCurtoisRoster(instance, roster, ['Instance2 roster, penalty 828']);
    expect(text.split('\r\n')[0]).toBe('# Instance2 roster, penalty 828');
    expect(text.split('\r\n')[1]).toBe(`A,${(roster.get('A') ?? []).map((s) => s ?? '').join(',')}`);
    expect(parseCurtoisRoster(text, instance)).toEqual(roster);
  });
});
