/** A time of day on the wall clock, 'HH:mm' on the 24-hour clock (as the rota writes it). */
export type WallClockTime = string;

const WALL_CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for '00:00' to '23:59'. */
export function isWallClockTime(value: unknown): value is WallClockTime {
  return typeof value === 'string' && WALL_CLOCK.test(value);
}

/** Minutes since midnight: '09:30' is 570. */
export function minuteOfDay(time: WallClockTime): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
