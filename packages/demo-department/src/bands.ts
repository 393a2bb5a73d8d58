import { payPointCount, type AfcBand } from '@recordroom/people';

/**
 * Years in a band after which each pay point is reached, entry point first. England, from
 * 1 April 2024 (../shared/domain/pay-and-costs.md §1, "Pay points and years to progress"):
 * Band 3 top after 2 years, Band 4 top after 3, Band 5 2 + 2, Bands 6-9 2 + 3. Progression also
 * needs the pay-progression standards to be met; the demo assumes everyone met them.
 */
const YEARS_TO_REACH_POINT: Readonly<Record<AfcBand, readonly number[]>> = {
  '2': [0],
  '3': [0, 2],
  '4': [0, 3],
  '5': [0, 2, 4],
  '6': [0, 2, 5],
  '7': [0, 2, 5],
  '8a': [0, 2, 5],
  '8b': [0, 2, 5],
  '8c': [0, 2, 5],
  '8d': [0, 2, 5],
  '9': [0, 2, 5],
};

/**
 * The 1-based pay point someone reaches after `yearsInBand` years on a band, never beyond the
 * band's top point (payPointCount).
 *
 * @example payPointAfterYearsInBand('5', 3) // 2: the intermediate point, top comes at 4 years
 */
export function payPointAfterYearsInBand(band: AfcBand, yearsInBand: number): number {
  const reached = YEARS_TO_REACH_POINT[band].filter((years) => yearsInBand >= years).length;
  return Math.min(Math.max(reached, 1), payPointCount(band));
}
