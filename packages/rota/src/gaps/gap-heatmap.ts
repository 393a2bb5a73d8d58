import { eachDate, type IsoDate } from '@recordroom/calendar';
import { type DateRange } from '../check/rota-input.js';
import { type LocationId } from '../model/location.js';
import { type ShiftTypeId } from '../model/shift-type.js';
import { type CoverGap } from './find-gaps.js';

/** How bad a cell is, for its colour: worst first. */
export type GapLevel = 'below-minimum' | 'below-ideal' | 'skill-mix-short' | 'covered' | 'over-covered' | 'no-requirement';

export interface GapHeatmapCell {
  level: GapLevel;
  /** People short of the minimum. */
  shortfall: number;
  /** People short of the ideal. */
  shortfallToIdeal: number;
  /** People short across the skill mix. */
  skillShortfall: number;
}

export interface GapHeatmapRow {
  locationId: LocationId;
  shiftTypeId: ShiftTypeId;
}

/**
 * Gaps as a matrix a UI can render: one row per location and shift type, one column per date,
 * `cells[row][column]`, with row and column totals of the shortfall to the minimum.
 */
export interface GapHeatmap {
  dates: IsoDate[];
  rows: GapHeatmapRow[];
  cells: GapHeatmapCell[][];
  /** Largest shortfall to the minimum in any cell (for scaling colours). */
  maxShortfall: number;
  totals: { byDate: number[]; byRow: number[]; overall: number };
}

const EMPTY: GapHeatmapCell = { level: 'no-requirement', shortfall: 0, shortfallToIdeal: 0, skillShortfall: 0 };

/**
 * Lays out `gaps` (from findGaps with covered shifts included) over the period's dates. Rows are
 * in location then shift type order, as the gaps are.
 *
 * @example gapHeatmap(findGaps(checker), checker.context.period).cells[0]?.[0]?.level // 'below-minimum'
 */
export function gapHeatmap(gaps: readonly CoverGap[], period: DateRange): GapHeatmap {
  const dates = eachDate(period.startDate, period.endDate);
  const column = new Map(dates.map((date, index) => [date, index]));
  const rowKeys = [...new Set(gaps.map((g) => `${g.locationId}\u0000${g.shiftTypeId}`))].sort();
  const rowIndex = new Map(rowKeys.map((key, index) => [key, index]));
  const rows = rowKeys.map((key) => {
    const [locationId, shiftTypeId] = key.split('\u0000') as [string, string];
    return { locationId, shiftTypeId };
  });
  const cells = rows.map(() => dates.map(() => EMPTY));
  for (const gap of gaps) {
    const c = column.get(gap.date);
    const r = rowIndex.get(`${gap.locationId}\u0000${gap.shiftTypeId}`);
    const row = r === undefined ? undefined : cells[r];
    if (c === undefined || !row) continue;
    row[c] = {
      level: gap.status,
      shortfall: gap.shortfall,
      shortfallToIdeal: gap.shortfallToIdeal,
      skillShortfall: gap.skillShortfalls.reduce((sum, s) => sum + s.shortfall, 0),
    };
  }
  const byDate = dates.map((_, c) => cells.reduce((sum, row) => sum + (row[c]?.shortfall ?? 0), 0));
  const byRow = cells.map((row) => row.reduce((sum, cell) => sum + cell.shortfall, 0));
  return {
    dates,
    rows,
    cells,
    maxShortfall: Math.max(0, ...cells.flat().map((cell) => cell.shortfall)),
    totals: { byDate, byRow, overall: byRow.reduce((a, b) => a + b, 0) },
  };
}
