/** A local time of day on a 24-hour clock, 'HH:mm' ('07:00', '16:00', '00:30'). */
export type WallClockTime = string;

const WALL_CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** @example isWallClockTime('00:30') // true; isWallClockTime('24:00') // false */
export function isWallClockTime(value: unknown): value is WallClockTime {
  return typeof value === 'string' && WALL_CLOCK_TIME.test(value);
}

/**
 * Minutes after midnight of a wall-clock time.
 *
 * @example minuteOfDay('16:30') // 990
 */
export function minuteOfDay(time: WallClockTime): number {
  const match = WALL_CLOCK_TIME.exec(time);
  if (!match) throw new RangeError(`Not a 24-hour time (HH:mm): ${String(time)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * The 'HH:mm' form of minutes after midnight, wrapping past 24:00.
 *
 * @example wallClockTimeOf(1470) // '00:30'
 */
export function wallClockTimeOf(minutes: number): WallClockTime {
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}
