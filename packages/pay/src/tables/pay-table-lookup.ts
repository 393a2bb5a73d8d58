import { type IsoDate } from '@recordroom/calendar';
import { type AfcBand } from '@recordroom/people';
import { type Pence } from '../money/pence.js';
import { inForceOn } from './dated.js';
import { type BandScale, type NationPayRules, type PayTable } from './nation-pay-rules.js';
import { PayLookupError } from './pay-rules-error.js';

/** The pay table in force on `date`; a clear error for a date no loaded table covers. */
export function payTableOn(rules: NationPayRules, date: IsoDate): PayTable {
  const table = inForceOn(rules.payTables, date);
  if (table) return table;
  const gap = rules.knownGaps.find((g) => g.from <= date && date <= g.to);
  const first = rules.payTables[0];
  const last = rules.payTables.at(-1);
  const loaded = first && last ? `; tables are loaded from ${first.effectiveFrom} to ${last.effectiveTo}` : '';
  throw new PayLookupError('date', `No ${rules.title} pay table covers ${date}${gap ? ` (${gap.reason})` : loaded}.`);
}

/** A band of a table; a clear error when the table does not have it (a partial historic table). */
export function bandScale(table: PayTable, band: AfcBand): BandScale {
  const scale = table.bands.get(band);
  if (scale) return scale;
  const has = [...table.bands.keys()].join(', ');
  throw new PayLookupError('band', `The ${table.year} pay table has no Band ${band} (it has bands ${has}).`);
}

/**
 * Annual full-time basic salary at a band's point (1-based), in pence.
 *
 * @example annualSalary(payTableOn(england, '2025-11-30'), '3', 2) // 2_659_800 (£26,598)
 */
export function annualSalary(table: PayTable, band: AfcBand, point: number): Pence {
  const scale = bandScale(table, band);
  const value = scale.points[point - 1];
  if (!Number.isInteger(point) || value === undefined) {
    throw new PayLookupError('payPoint', `Band ${band} has ${scale.points.length === 1 ? 'one point' : `points 1 to ${scale.points.length}`} in the ${table.year} table, not ${String(point)}.`);
  }
  return value;
}

/**
 * The point someone reaches after `years` complete years on the band (pay progression, subject
 * locally to the appraisal standards: pay-and-costs.md §1, so this is the point due, not a promise).
 *
 * @example payPointAfterYears(table2025, '5', 3) // 2: intermediate after 2 years, top after 4
 */
export function payPointAfterYears(table: PayTable, band: AfcBand, years: number): number {
  if (!(years >= 0)) throw new PayLookupError('yearsOnBand', `must be 0 or more, not ${String(years)}`);
  const { yearsToReach } = bandScale(table, band);
  let point = 1;
  yearsToReach.forEach((needed, index) => {
    if (years >= needed) point = index + 1;
  });
  return point;
}
