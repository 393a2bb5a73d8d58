import { type IsoDate } from '@recordroom/calendar';

/** 01:00 UTC on the last Sunday of a month: when British Summer Time starts (March) and ends (October). */
function lastSundayOneAmUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  const sunday = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, monthIndex, sunday, 1);
}

/**
 * The UTC epoch milliseconds of a Europe/London wall-clock time: `minuteOfDay` minutes after
 * local midnight of `date` (may exceed a day). The generator makes hundreds of thousands of
 * instants, so the UK rule (Summer Time Act 1972 as amended, EU-aligned since 1981: BST from
 * 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October) is applied
 * directly instead of a time-zone database lookup per event.
 */
export function londonWallClockToEpoch(date: IsoDate, minuteOfDay: number): number {
  const year = Number(date.slice(0, 4));
  const asUtc = Date.UTC(year, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + minuteOfDay * 60_000;
  const summerStart = lastSundayOneAmUtc(year, 2);
  const summerEnd = lastSundayOneAmUtc(year, 9);
  // Try BST first (one hour earlier in UTC); keep it when that instant is inside summer time.
  const inSummer = asUtc - 3_600_000;
  return inSummer >= summerStart && inSummer < summerEnd ? inSummer : asUtc;
}
