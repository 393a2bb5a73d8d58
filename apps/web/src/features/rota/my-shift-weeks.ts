import { addDays, isoWeekday } from '@recordroom/calendar';
import type { MyShiftDto } from '@recordroom/contracts';

export interface ShiftWeekDay {
  date: string;
  shifts: MyShiftDto[];
}

/**
 * Shifts laid out as whole weeks, Monday to Sunday, from the week holding `from` to the week holding
 * `to`, for a calendar view: every day present, shifts on the day they start.
 */
export function shiftWeeks(shifts: readonly MyShiftDto[], from: string, to: string): ShiftWeekDay[][] {
  const byDate = new Map<string, MyShiftDto[]>();
  for (const shift of shifts) {
    const list = byDate.get(shift.date);
    if (list) list.push(shift);
    else byDate.set(shift.date, [shift]);
  }
  const weeks: ShiftWeekDay[][] = [];
  for (let monday = addDays(from, 1 - isoWeekday(from)); monday <= to; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, offset) => {
      const date = addDays(monday, offset);
      return { date, shifts: byDate.get(date) ?? [] };
    }));
  }
  return weeks;
}
