import { RotaGridRow } from '@recordroom/ui';
import { memo } from 'react';
import { type GapEntry, type PlannerDate } from '../planner-index';
import { markerOf } from './planner-dates';

/** Identity of a gap across refetches: one shift type at one location on one date. */
export function gapKey(entry: Pick<GapEntry, 'gap'>): string {
  return `${entry.gap.date}|${entry.gap.locationId}|${entry.gap.shiftTypeId}`;
}

interface GapRowProps {
  dates: readonly PlannerDate[];
  gapsByDate: readonly GapEntry[][];
  /** Shifts below their minimum in the period (the planner index's `belowMinimumCount`), for the row heading. */
  belowMinimumCount: number;
  selectedKey: string | null;
  /** Without it (read-only callers) gaps are shown but not buttons. */
  onSelectGap?: (key: string) => void;
}

/**
 * The row of unfilled shifts under the grid, one cell per date: "AE-EVE −1". Each gap is a button
 * that opens the ranked candidates for it.
 */
export const GapRow = memo(function GapRow({ dates, gapsByDate, belowMinimumCount: total, selectedKey, onSelectGap }: GapRowProps) {
  return (
    <RotaGridRow
      heading={
        <>
          <strong>Gaps</strong>
          <span className="app-rota-person">{total === 0 ? 'Every shift has its minimum' : `${total} shift${total === 1 ? '' : 's'} below minimum`}</span>
        </>
      }
      cells={gapsByDate.map((entries, index) => {
        const date = dates[index];
        return {
          key: date?.date ?? String(index),
          marker: date ? markerOf(date) : null,
          content: entries.map((entry) => {
            const key = gapKey(entry);
            const severity = `${entry.gap.status === 'below-minimum' ? 'app-rota-gap--minimum' : 'app-rota-gap--ideal'}${entry.onlyAbsence ? ' app-rota-gap--absence' : ''}`;
            return onSelectGap ? (
              <button
                key={key}
                type="button"
                className={`app-rota-gap ${severity}`}
                aria-pressed={selectedKey === key}
                title={entry.description}
                onClick={() => onSelectGap(key)}
              >
                <span aria-hidden="true">
                  {entry.label}
                  {entry.onlyAbsence && <span className="app-rota-gap__absence"> leave</span>}
                </span>
                <span className="nhsuk-u-visually-hidden">{`${entry.description}. Find cover`}</span>
              </button>
            ) : (
              <span key={key} className={`app-rota-gap ${severity}`} title={entry.description}>
                <span aria-hidden="true">
                  {entry.label}
                  {entry.onlyAbsence && <span className="app-rota-gap__absence"> leave</span>}
                </span>
                <span className="nhsuk-u-visually-hidden">{entry.description}</span>
              </span>
            );
          }),
        };
      })}
    />
  );
});
