import { describe, expect, it } from '@jest/globals';
import { createRotaChecker } from '../check/rota-checker.js';
import { aCoverRequirement, aRota, aShiftType, SHIFT_TYPES } from '../test-support/factories.js';
import { checkSwap } from './check-swap.js';

const dawn = aShiftType({ id: 'dawn', name: 'Early', start: '05:30', end: '13:30' });
const rota = () =>
  createRotaChecker(
    aRota({
      shiftTypes: [...Object.values(SHIFT_TYPES), dawn],
      work: [['ann', 'late', '2026-03-02'], ['ann', 'early', '2026-03-04'], ['bo', 'dawn', '2026-03-03'], ['cy', 'ae-evening', '2026-03-05']],
      coverRequirements: [aCoverRequirement({ locationId: 'ae', shiftTypeId: 'ae-evening', appliesTo: { date: '2026-03-05' }, minimum: 0, ideal: 1 })],
      settings: { rules: { 'contracted-hours': { enabled: false }, 'fair-share': { enabled: false }, 'working-pattern': { enabled: false } } },
    }),
  );

describe('checkSwap', () => {
  it('allows an exchange that breaks no hard rule and lists the soft ones it brings', () => {
    // Ann gives her Wednesday early for Bo's Tuesday 05:30 start: 8 h 30 min after her Monday late.
    const check = checkSwap({ assignmentId: 'ann:early@2026-03-04', withAssignmentId: 'bo:dawn@2026-03-03' }, rota());
    expect(check.allowed).toBe(true);
    expect(check.edits).toEqual([
      { kind: 'move-assignment', assignmentId: 'ann:early@2026-03-04', staffId: 'bo', source: 'swap' },
      { kind: 'move-assignment', assignmentId: 'bo:dawn@2026-03-03', staffId: 'ann', source: 'swap' },
    ]);
    expect(check.introduced.map((v) => v.message)).toEqual([
      'Ann Smith would have 8 h 30 min rest between the late shift ending Mon 2 Mar 21:00 and the early shift starting Tue 3 Mar 05:30; 11 h is required',
    ]);
  });

  it('refuses giving a shift to someone without its skill', () => {
    const check = checkSwap({ assignmentId: 'cy:ae-evening@2026-03-05', toStaffId: 'bo' }, rota());
    expect(check.allowed).toBe(false);
    expect(check.introduced.filter((v) => v.severity === 'hard').map((v) => v.ruleId)).toEqual(['required-skill']);
  });

  it('leaves the rota unchanged until the swap is applied', () => {
    const checker = rota();
    const before = checker.report();
    const check = checkSwap({ assignmentId: 'ann:early@2026-03-04', withAssignmentId: 'bo:dawn@2026-03-03' }, checker);
    expect(checker.report()).toEqual(before);
    checker.apply(check.edits);
    expect(checker.toInput().assignments.find((a) => a.id === 'bo:dawn@2026-03-03')).toMatchObject({ staffId: 'ann', source: 'swap' });
  });

  it('names the field of a swap that cannot be made', () => {
    expect(checkSwap({ assignmentId: 'nope', toStaffId: 'bo' }, rota()).errors).toEqual([{ field: 'assignmentId', message: 'names no assignment on this rota: nope' }]);
    expect(checkSwap({ assignmentId: 'ann:late@2026-03-02', toStaffId: 'ann' }, rota()).errors).toEqual([{ field: 'toStaffId', message: 'is the requester’s own: a swap needs a colleague' }]);
    expect(checkSwap({ assignmentId: 'ann:late@2026-03-02' }, rota()).errors.map((e) => e.field)).toEqual(['withAssignmentId']);
  });
});
