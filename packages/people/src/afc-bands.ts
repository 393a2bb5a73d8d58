/**
 * Agenda for Change pay bands in England. Band 1 closed to new starters on 1 Dec 2018 and is paid
 * at the Band 2 rate, so it is not offered (../shared/domain/pay-and-costs.md §1).
 */
export const AFC_BANDS = ['2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'] as const;
export type AfcBand = (typeof AFC_BANDS)[number];

/**
 * Number of pay points in each band from 1 April 2024 (../shared/domain/pay-and-costs.md §1,
 * "Pay points and years to progress"). Band 2 has two structural points of equal value: one here.
 */
const PAY_POINTS_BY_BAND: Readonly<Record<AfcBand, number>> = {
  '2': 1,
  '3': 2,
  '4': 2,
  '5': 3,
  '6': 3,
  '7': 3,
  '8a': 3,
  '8b': 3,
  '8c': 3,
  '8d': 3,
  '9': 3,
};

/** @example payPointCount('5') // 3: entry, intermediate, top */
export function payPointCount(band: AfcBand): number {
  return PAY_POINTS_BY_BAND[band];
}

export function isAfcBand(value: unknown): value is AfcBand {
  return typeof value === 'string' && (AFC_BANDS as readonly string[]).includes(value);
}

/** Bands in pay order, for sorting: '2' < '7' < '8a' < '9'. */
export function bandRank(band: AfcBand): number {
  return AFC_BANDS.indexOf(band);
}
