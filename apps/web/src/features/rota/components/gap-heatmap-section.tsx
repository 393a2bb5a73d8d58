import type { PlannerDto } from '@recordroom/contracts';
import type { GapHeatmap as GapHeatmapData } from '@recordroom/rota';
import { GapHeatmap, type HeatLevel, type HeatmapRow } from '@recordroom/ui';
import { useMemo } from 'react';
import { type PlannerDate } from '../planner-index';
import { dayAndMonth } from '../rota-labels';
import { dateColumns } from './planner-dates';

const LEVELS: Record<GapHeatmapData['cells'][number][number]['level'], HeatLevel> = {
  'below-minimum': 'severe',
  'below-ideal': 'warning',
  'skill-mix-short': 'mild',
  covered: 'ok',
  'over-covered': 'over',
  'no-requirement': 'none',
};

const LEGEND = [
  { level: 'severe', label: 'Below minimum (number short)' },
  { level: 'warning', label: 'Below ideal' },
  { level: 'mild', label: 'Short of the skill mix' },
  { level: 'ok', label: 'Covered' },
  { level: 'over', label: 'More than ideal' },
] as const;

/** The planner's gap heatmap (gapHeatmap from @recordroom/rota): shift types x dates, shortfalls in each cell. */
export function GapHeatmapSection({ planner, dates }: { planner: PlannerDto; dates: readonly PlannerDate[] }) {
  const { heatmap } = planner;
  const rows = useMemo((): HeatmapRow[] => {
    const types = new Map(planner.shiftTypes.map((t) => [t.id, t]));
    const locations = new Map(planner.locations.map((l) => [l.id, l.name]));
    return heatmap.rows.map((row, r) => {
      const type = types.get(row.shiftTypeId);
      const name = type ? `${type.name} (${type.code})` : 'Shift';
      return {
        key: `${row.locationId}|${row.shiftTypeId}`,
        heading: (
          <>
            {type?.code ?? '?'}
            <span className="app-rota-person">{locations.get(row.locationId) ?? ''}</span>
          </>
        ),
        total: heatmap.totals.byRow[r] ?? 0,
        cells: (heatmap.cells[r] ?? []).map((cell, c) => {
          const date = dayAndMonth(heatmap.dates[c] ?? '');
          switch (cell.level) {
            case 'below-minimum':
              return { level: LEVELS[cell.level], text: `\u2212${cell.shortfall}`, description: `${name}, ${date}: ${cell.shortfall} short of the minimum` };
            case 'below-ideal':
              return { level: LEVELS[cell.level], text: `\u2212${cell.shortfallToIdeal}`, description: `${name}, ${date}: ${cell.shortfallToIdeal} short of the ideal` };
            case 'skill-mix-short':
              return { level: LEVELS[cell.level], text: 'mix', description: `${name}, ${date}: ${cell.skillShortfall} short of the skill mix` };
            case 'covered':
              return { level: LEVELS[cell.level], text: '\u2713', description: `${name}, ${date}: covered` };
            case 'over-covered':
              return { level: LEVELS[cell.level], text: '+', description: `${name}, ${date}: more than the ideal` };
            case 'no-requirement':
              return { level: LEVELS[cell.level], text: '', description: `${name}, ${date}: no cover asked for` };
          }
        }),
      };
    });
  }, [heatmap, planner.shiftTypes, planner.locations]);
  const columns = useMemo(() => dateColumns(dates), [dates]);

  return (
    <section aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading">Gaps in cover by shift and date</h2>
      <p>{heatmap.totals.overall === 0 ? 'Every shift has at least its minimum cover.' : `${heatmap.totals.overall} people short of minimum cover across the period.`}</p>
      <GapHeatmap
        caption="Cover against the minimum for each shift on each date"
        cornerHeading="Shift"
        columns={columns}
        rows={rows}
        totalHeading="People short"
        columnTotals={heatmap.totals.byDate}
        legend={LEGEND}
        label="Gap heatmap"
      />
    </section>
  );
}
