import { addDays, daysBetween, type IsoDate } from '@recordroom/calendar';

/** Rota periods are four weeks from a Monday, counted from this Monday so every department agrees. */
const PERIOD_ANCHOR: IsoDate = '2024-01-01';
export const PERIOD_DAYS = 28;

export interface PeriodDates {
  startDate: IsoDate;
  endDate: IsoDate;
}

/** The four-week period containing `date`. */
export function periodContaining(date: IsoDate): PeriodDates {
  const offset = ((daysBetween(PERIOD_ANCHOR, date) % PERIOD_DAYS) + PERIOD_DAYS) % PERIOD_DAYS;
  const startDate = addDays(date, -offset);
  return { startDate, endDate: addDays(startDate, PERIOD_DAYS - 1) };
}

/** `count` consecutive periods starting with the one that starts on `startDate`. */
export function periodsFrom(startDate: IsoDate, count: number): PeriodDates[] {
  return Array.from({ length: count }, (_, i) => {
    const start = addDays(startDate, i * PERIOD_DAYS);
    return { startDate: start, endDate: addDays(start, PERIOD_DAYS - 1) };
  });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function shortDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** 'Rota 26 Oct 2026 to 22 Nov 2026' */
export function periodName(period: PeriodDates): string {
  return `Rota ${shortDate(period.startDate)} to ${shortDate(period.endDate)}`;
}

