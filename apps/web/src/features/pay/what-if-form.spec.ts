import { describe, expect, it } from '@jest/globals';
import { EMPTY_WHAT_IF, hasChanges, parsePercent, parseWte, pointsOf, whatIfBody } from './what-if-form';

describe('the what-if form', () => {
  it('reads a WTE of more than 0 with at most two decimals', () => {
    expect(parseWte(' 0.6 ')).toEqual({ wte: 0.6 });
    expect(parseWte('1')).toEqual({ wte: 1 });
    expect(parseWte('0')).toEqual({ error: 'Whole-time equivalent must be more than 0' });
    expect(parseWte('-1')).toHaveProperty('error');
    expect(parseWte('0.125')).toHaveProperty('error');
    expect(parseWte('')).toHaveProperty('error');
  });

  it('reads a pay award as a percentage, blank as none', () => {
    expect(parsePercent('3.3')).toEqual({ percent: 3.3 });
    expect(parsePercent('3.3%')).toEqual({ percent: 3.3 });
    expect(parsePercent('')).toEqual({ percent: 0 });
    expect(parsePercent('30')).toHaveProperty('error');
    expect(parsePercent('three')).toHaveProperty('error');
  });

  it('offers the points each band has', () => {
    expect(pointsOf('2')).toEqual([1]);
    expect(pointsOf('3')).toEqual([1, 2]);
    expect(pointsOf('5')).toEqual([1, 2, 3]);
  });

  it('sends the posts, leavers, regrades and award, leaving out a first month not chosen', () => {
    const draft = { ...EMPTY_WHAT_IF, addPosts: [{ key: 'a', band: '3' as const, payPoint: 1, wte: 1, fromMonth: '' }, { key: 'b', band: '2' as const, payPoint: 1, wte: 0.5, fromMonth: '2026-12' }], removeStaffIds: ['x'] };
    expect(hasChanges(EMPTY_WHAT_IF)).toBe(false);
    expect(hasChanges(draft)).toBe(true);
    expect(whatIfBody(draft, 3.3)).toEqual({
      addPosts: [{ band: '3', payPoint: 1, wte: 1 }, { band: '2', payPoint: 1, wte: 0.5, fromMonth: '2026-12' }],
      removeStaffIds: ['x'],
      regrade: [],
      payAwardPercent: 3.3,
    });
  });
});
