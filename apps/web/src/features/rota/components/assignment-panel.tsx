import type { PlannerDto } from '@recordroom/contracts';
import { useState } from 'react';
import { useRemoveAssignment } from '../hooks/use-planner-mutations';
import { type PlacedAssignment } from '../planner-index';
import { dayAndMonth } from '../rota-labels';
import { ruleName } from '../rota-problems';
import { ChangeReason, REASON_MISSING } from './change-reason';
import { RotaChangeProblem } from './rota-change-problem';

interface AssignmentPanelProps {
  planner: PlannerDto;
  placed: PlacedAssignment;
  personName: string;
  canRemove: boolean;
  onRemoved: (message: string) => void;
  onClose: () => void;
  onReload: () => void;
  reloading: boolean;
}

const SOURCE_WORDS = { manual: 'planned by hand', auto: 'planned by auto-rostering', swap: 'a swap', bank: 'a bank booking', agency: 'an agency booking' } as const;

/** A selected shift on the grid: what it is, the rules it breaks, and taking the person off it. */
export function AssignmentPanel({ planner, placed, personName, canRemove, onRemoved, onClose, onReload, reloading }: AssignmentPanelProps) {
  const { period } = planner;
  const remove = useRemoveAssignment(period.id);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const published = period.status === 'published';
  const { shiftType, shift, assignment, violations } = placed;
  const when = `${dayAndMonth(shift.date)}, ${shiftType.start} to ${shiftType.end}${shiftType.endsNextDay ? ' next day' : ''}`;

  const onRemove = () => {
    if (published && reason.trim() === '') {
      setReasonError(REASON_MISSING);
      document.getElementById('remove-reason')?.focus();
      return;
    }
    setReasonError(undefined);
    remove.mutate(
      { assignmentId: assignment.id, periodVersion: period.version, ...(published ? { reason: reason.trim() } : {}) },
      { onSuccess: () => onRemoved(`${personName} is off the ${shiftType.name} on ${dayAndMonth(shift.date)}`) },
    );
  };

  return (
    <section className="app-rota-panel" aria-labelledby="assignment-heading">
      <h2 id="assignment-heading" tabIndex={-1}>
        <span className="nhsuk-caption-m">{personName}</span>
        {`${shiftType.name} (${shiftType.code})`}
      </h2>
      <p>
        {when} at {shiftType.locationName}; {SOURCE_WORDS[assignment.source]}.
      </p>
      {violations.length > 0 ? (
        <>
          <h3>Rules this shift breaks</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {violations.map((v) => (
              <li key={v.key}>
                <strong>
                  {v.severity === 'hard' ? 'Broken rule' : 'Warning'}: {ruleName(v.ruleId)}.
                </strong>{' '}
                {v.message}
                {v.acknowledgement && <> (accepted: {v.acknowledgement})</>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>This shift breaks no rule.</p>
      )}
      {remove.isError && <RotaChangeProblem error={remove.error} refused={`${personName} was not taken off the shift`} onReload={onReload} reloading={reloading} />}
      {canRemove && published && <ChangeReason id="remove-reason" value={reason} onChange={setReason} error={reasonError} />}
      <div className="nhsuk-button-group">
        {canRemove && (
          <button className="nhsuk-button nhsuk-button--warning" type="button" onClick={onRemove} disabled={remove.isPending}>
            {remove.isPending ? 'Removing…' : `Take ${personName} off this shift`}
          </button>
        )}
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
