import { RotaGridRow, ShiftChip, type RotaGridCell } from '@recordroom/ui';
import { memo } from 'react';
import { Link } from 'react-router';
import { bandLabel } from '../../staff/staff-vocabulary';
import { type PlannerDate, type PlannerRow, type PlacedAssignment, formatHours } from '../planner-index';
import { ABSENCE_CODES } from '../rota-labels';
import { PersonBreaches } from './person-breaches';
import { markerOf } from './planner-dates';

interface PlannerRowViewProps {
  row: PlannerRow;
  dates: readonly PlannerDate[];
  tones: ReadonlyMap<string, number>;
  /** The selected chip, only when it is on this row: other rows keep equal props and skip rendering. */
  selectedAssignmentId: string | null;
  /** Chips are buttons when the caller may change this person's shifts. */
  editable: boolean;
  onSelectAssignment: (assignmentId: string) => void;
}

function chipFor(placed: PlacedAssignment, props: PlannerRowViewProps) {
  const { shiftType, assignment, violations } = placed;
  const breach = violations.length === 0 ? null : violations.some((v) => v.severity === 'hard') ? 'hard' : 'soft';
  const end = shiftType.endsNextDay ? `${shiftType.end} next day` : shiftType.end;
  return (
    <ShiftChip
      key={assignment.id}
      code={shiftType.code}
      title={`${shiftType.name} ${shiftType.start} to ${end}, ${shiftType.locationName}`}
      tone={props.tones.get(shiftType.id) ?? 0}
      breach={breach}
      messages={violations.map((v) => v.message)}
      selected={props.selectedAssignmentId === assignment.id}
      onSelect={props.editable || breach ? () => props.onSelectAssignment(assignment.id) : undefined}
    />
  );
}

/**
 * One person's row of the planner: name, band, contracted and planned hours in the sticky column,
 * then their shifts and absences per date. Memoised on its row object, which stays the same while
 * the planner does, so selecting a chip or a gap re-renders one row at most.
 */
export const PlannerRowView = memo(function PlannerRowView(props: PlannerRowViewProps) {
  const { row, dates } = props;
  const { staff, hours } = row;
  const cells: RotaGridCell[] = row.cells.map((cell, index) => {
    const date = dates[index];
    return {
      key: cell.date,
      marker: date ? markerOf(date) : null,
      content: (
        <>
          {cell.absences.map((absence) => {
            const { code, words } = ABSENCE_CODES[absence.kind];
            const requested = absence.status === 'requested';
            return (
              <span key={absence.id} className={`app-rota-absence${requested ? ' app-rota-absence--requested' : ''}`} title={`${words}${requested ? ' (requested, not yet decided)' : ''}`}>
                <span aria-hidden="true">
                  {code}
                  {requested ? '?' : ''}
                </span>
                <span className="nhsuk-u-visually-hidden">{`${words}${requested ? ', requested' : ''}`}</span>
              </span>
            );
          })}
          {cell.assignments.map((placed) => chipFor(placed, props))}
        </>
      ),
    };
  });
  const breaches = row.hardCount + row.softCount;
  const heading = (
    <>
      <Link className="nhsuk-link" to={`/staff/${encodeURIComponent(staff.id)}`}>
        {staff.name}
      </Link>
      <span className="app-rota-person">
        {bandLabel(staff.band)} · {staff.contractedHoursPerWeek} h/wk
        {hours && (
          <>
            {' · '}
            <span title="Planned hours in this period against contracted hours pro rata">
              {formatHours(hours.plannedMinutes)} of {formatHours(hours.contractedMinutes)}
            </span>
          </>
        )}
      </span>
      {breaches > 0 && <PersonBreaches row={row} />}
    </>
  );
  return <RotaGridRow heading={heading} cells={cells} className={staff.inScope ? undefined : 'app-rota-row--out-of-scope'} />;
});
