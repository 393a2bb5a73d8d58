import { addDays, type IsoDate } from '@recordroom/calendar';
import { type AfcBand } from '@recordroom/people';
import { payPointAfterYearsInBand } from './bands.js';
import { type PostKind } from './plan-department.js';
import { type Random } from './prng.js';

/** Average days in a year, leap years included: service lengths are turned into days once, here. */
const DAYS_PER_YEAR = 365.25;
/** Nobody in the demo has more than 30 years of NHS service. */
const LONGEST_SERVICE_YEARS = 30;

/** Managers and officers came up through the service; a clerk can start today. */
const SHORTEST_SERVICE_YEARS: Readonly<Record<PostKind, number>> = { manager: 10, deputy: 6, officer: 3, senior: 2, member: 0 };

/**
 * The part of their NHS service a person has spent on their current band, lowest and highest:
 * clerks mostly stay on their band, officers and managers were promoted into theirs.
 */
const SHARE_OF_SERVICE_ON_BAND: Readonly<Record<PostKind, readonly [number, number]>> = {
  manager: [0.1, 0.6],
  deputy: [0.1, 0.6],
  officer: [0.2, 0.8],
  senior: [0.3, 1],
  member: [0.4, 1],
};

export interface ServiceHistory {
  nhsServiceStartDate: IsoDate;
  /** Whole days of NHS service up to the reference date. */
  serviceDays: number;
  /** Pay point on the band, from the years spent on it (never more than the whole service allows). */
  payPoint: number;
}

/** When someone joined the NHS and how far up their band they have progressed since. */
export function drawServiceHistory(kind: PostKind, band: AfcBand, referenceDate: IsoDate, random: Random): ServiceHistory {
  const shortest = SHORTEST_SERVICE_YEARS[kind];
  // Squared, so short service is commoner than long: turnover in Band 2-3 clerical posts is high.
  const years = shortest + (LONGEST_SERVICE_YEARS - shortest) * random.next() ** 2;
  const serviceDays = Math.floor(years * DAYS_PER_YEAR);
  const [low, high] = SHARE_OF_SERVICE_ON_BAND[kind];
  const yearsOnBand = (serviceDays / DAYS_PER_YEAR) * (low + (high - low) * random.next());
  return {
    nhsServiceStartDate: addDays(referenceDate, -serviceDays),
    serviceDays,
    payPoint: payPointAfterYearsInBand(band, yearsOnBand),
  };
}
