import { wallClockTimeOf } from './wall-clock-time.js';
import { dateOfDayNumber, localDateTimeOf, offsetMinutesAt, type EpochMinutes } from './zoned-instant.js';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * An instant as staff read it on the rota, in the rota's time zone: 'Mon 2 Mar 21:00'.
 *
 * @example formatInstant(epochMinutesAt('2026-03-02', 21 * 60, 'Europe/London'), 'Europe/London') // 'Mon 2 Mar 21:00'
 */
export function formatInstant(instant: EpochMinutes, timeZone: string): string {
  const local = localDateTimeOf(instant, timeZone);
  return `${formatDate(local.date)} ${wallClockTimeOf(local.minuteOfDay)}`;
}

/** @example formatDate('2026-03-02') // 'Mon 2 Mar' */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[(weekday + 6) % 7]} ${d} ${MONTHS[m - 1]}`;
}

/**
 * formatInstant for one time zone, remembering each UTC day's offset and each label: a report
 * formats hundreds of times and the offset only changes twice a year. Same text as formatInstant.
 */
export function instantFormatter(timeZone: string): (instant: EpochMinutes) => string {
  const steadyOffset = new Map<number, number | null>();
  const labels = new Map<EpochMinutes, string>();
  return (instant) => {
    let label = labels.get(instant);
    if (label !== undefined) return label;
    const utcDay = Math.floor(instant / 1440);
    let offset = steadyOffset.get(utcDay);
    if (offset === undefined) {
      const start = offsetMinutesAt(utcDay * 1440, timeZone);
      offset = start === offsetMinutesAt(utcDay * 1440 + 1440, timeZone) ? start : null;
      steadyOffset.set(utcDay, offset);
    }
    if (offset === null) label = formatInstant(instant, timeZone);
    else {
      const local = instant + offset;
      const day = Math.floor(local / 1440);
      label = `${formatDate(dateOfDayNumber(day))} ${wallClockTimeOf(local - day * 1440)}`;
    }
    labels.set(instant, label);
    return label;
  };
}
