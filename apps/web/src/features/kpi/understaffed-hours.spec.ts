import { describe, expect, it } from '@jest/globals';
import type { DemandHourDto } from '@recordroom/contracts';
import { understaffedHoursInWords } from './understaffed-hours';

function week(short: (weekday: number, hour: number) => boolean): DemandHourDto[] {
  return Array.from({ length: 7 * 24 }, (_, i) => {
    const weekday = Math.floor(i / 24) + 1;
    const hour = i % 24;
    const under = short(weekday, hour);
    return { weekday, hour, arrivalsPerHour: 1, staffNeeded: 1, planned: under ? 0 : 1, shortfall: under ? 1 : 0, status: under ? 'under-staffed' : 'covered' };
  });
}

describe('understaffedHoursInWords', () => {
  it('joins the weekdays that are short at the same hours, and says each run from its first hour to the end of its last', () => {
    const hours = week((weekday, hour) => hour >= 1 && hour < (weekday >= 6 ? 8 : 7));
    expect(understaffedHoursInWords(hours)).toEqual(['Monday to Friday: 01:00 to 07:00', 'Saturday and Sunday: 01:00 to 08:00']);
  });

  it('lists several runs in a day, a run to midnight, and nothing when every hour is covered', () => {
    expect(understaffedHoursInWords(week((weekday, hour) => weekday === 3 && (hour === 9 || hour >= 22)))).toEqual(['Wednesday: 09:00 to 10:00, 22:00 to 00:00']);
    expect(understaffedHoursInWords(week(() => false))).toEqual([]);
  });
});
