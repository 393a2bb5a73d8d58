import { describe, expect, it } from '@jest/globals';
import { aRota, aShiftType, SHIFT_TYPES } from '../test-support/factories.js';
import { buildRotaState } from './rota-state.js';
import { shiftLabel } from './shift-facts.js';

const facts = (type: string, date: string) => buildRotaState(aRota({ period: { startDate: '2026-01-05', endDate: '2026-12-27' }, emptyShifts: [[type, date]] })).shifts.get(`${type}@${date}`);

describe('shift facts', () => {
  it('pays end - start - unpaid break: an A&E night 22:00-07:00 with an hour unpaid is 8 h on an ordinary night', () => {
    expect(facts('ae-night', '2026-10-17')).toMatchObject({ elapsedMinutes: 9 * 60, paidMinutes: 8 * 60 });
  });

  it('makes the same night 8 h elapsed (7 h paid) when clocks go forward on 29 Mar 2026', () => {
    expect(facts('ae-night', '2026-03-28')).toMatchObject({ elapsedMinutes: 8 * 60, paidMinutes: 7 * 60 });
  });

  it('makes the same night 10 h elapsed (9 h paid) when clocks go back on 25 Oct 2026', () => {
    expect(facts('ae-night', '2026-10-24')).toMatchObject({ elapsedMinutes: 10 * 60, paidMinutes: 9 * 60 });
  });

  it('leaves a 16:00-00:30 A&E evening at 8 h 30 min elapsed on both change nights, as it ends before the 01:00 UTC change', () => {
    expect(facts('ae-evening', '2026-03-28')).toMatchObject({ elapsedMinutes: 510, paidMinutes: 480 });
    expect(facts('ae-evening', '2026-10-24')).toMatchObject({ elapsedMinutes: 510, paidMinutes: 480 });
  });

  it('dates a shift by its start: the A&E evening of Saturday 7 Mar is a weekend shift and an A&E evening', () => {
    expect(facts('ae-evening', '2026-03-07')).toMatchObject({ weekday: 6, weekend: true, aAndEEvening: true, publicHoliday: false });
    expect(facts('late', '2026-12-25')).toMatchObject({ publicHoliday: true, aAndEEvening: false });
  });

  it('labels shift types for sentences, keeping capitals such as A&E', () => {
    expect(shiftLabel(SHIFT_TYPES.late)).toBe('late shift');
    expect(shiftLabel(SHIFT_TYPES['ae-evening'])).toBe('A&E evening shift');
    expect(shiftLabel(aShiftType({ name: 'Twilight shift' }))).toBe('twilight shift');
  });
});
