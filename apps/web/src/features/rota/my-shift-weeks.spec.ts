import { describe, expect, it } from '@jest/globals';
import type { MyShiftDto } from '@recordroom/contracts';
import { shiftWeeks } from './my-shift-weeks';

function aShift(date: string, code = 'AE'): MyShiftDto {
  return { date, start: '16:00', end: '00:30', endsNextDay: true, shiftTypeCode: code, shiftTypeName: 'A&E evening', locationName: 'A&E records desk', periodName: 'August', assignmentId: `a-${date}-${code}`, swapPending: false, offerable: true };
}

describe('shiftWeeks', () => {
  it('lays out whole Monday-to-Sunday weeks around the range with each shift on its start date', () => {
    // Wednesday 5 August to Tuesday 11 August 2026: the weeks of Monday 3 and Monday 10.
    const weeks = shiftWeeks([aShift('2026-08-05'), aShift('2026-08-09', 'WAE'), aShift('2026-08-09')], '2026-08-05', '2026-08-11');
    expect(weeks.map((week) => week[0]?.date)).toEqual(['2026-08-03', '2026-08-10']);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]?.[2]?.shifts.map((s) => s.shiftTypeCode)).toEqual(['AE']);
    expect(weeks[0]?.[6]?.shifts.map((s) => s.shiftTypeCode)).toEqual(['WAE', 'AE']);
    expect(weeks[1]?.flatMap((day) => day.shifts)).toEqual([]);
  });
});
