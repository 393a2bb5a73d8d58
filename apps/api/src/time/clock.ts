import { isoDateIn, type IsoDate } from '@recordroom/calendar';

/** The department's time zone: rota days, leave years and KPI weeks are London calendar dates. */
export const TIME_ZONE = 'Europe/London';

/**
 * Where the API reads the time. Services take a Clock instead of calling `new Date()`, so a test
 * can pin "now" (a rota period that is in the future today is in the past next month) and the
 * domain packages keep receiving `now` as a parameter.
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today's calendar date in London. */
  today(): IsoDate {
    return isoDateIn(this.now(), TIME_ZONE);
  }
}

/** The real time. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that says what it is told: for tests and the benchmarks. */
export class FixedClock extends Clock {
  constructor(private instant: Date) {
    super();
  }

  now(): Date {
    return new Date(this.instant);
  }

  /** Moves the clock on (or back) by `ms` milliseconds. */
  advance(ms: number): void {
    this.instant = new Date(this.instant.getTime() + ms);
  }

  set(instant: Date): void {
    this.instant = new Date(instant);
  }
}
