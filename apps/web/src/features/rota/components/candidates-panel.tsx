import { Details } from '@recordroom/ui';
import type { PlannerDto } from '@recordroom/contracts';
import { useState } from 'react';
import { formatDuration, type CoverCandidate } from '@recordroom/rota';
import { formatPence } from '../../../format/format-pence';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { canSeeBudget } from '../../auth/permissions';
import { AgencyPriceLine } from '../../pay/components/agency-price-line';
import { useCandidates } from '../hooks/use-candidates';
import { useAssign } from '../hooks/use-planner-mutations';
import { type GapEntry } from '../planner-index';
import { dayAndMonth } from '../rota-labels';
import { ruleName } from '../rota-problems';
import { ChangeReason, REASON_MISSING } from './change-reason';
import { RotaChangeProblem } from './rota-change-problem';

interface CandidatesPanelProps {
  planner: PlannerDto;
  entry: GapEntry;
  /** May assign this person (officers: people in their line). */
  canAssign: (staffId: string) => boolean;
  onAssigned: (message: string) => void;
  onClose: () => void;
  onReload: () => void;
  reloading: boolean;
}

function hoursLeft(candidate: CoverCandidate): string {
  if (candidate.minutesLeftOfContract === null) return 'Bank';
  return candidate.minutesLeftOfContract < 0 ? `${formatDuration(-candidate.minutesLeftOfContract)} over` : formatDuration(candidate.minutesLeftOfContract);
}

/**
 * Who could fill a gap, ranked by the rota package (rankCoverCandidates): the reasons for each
 * (skill, rest, hours left, fairness, warnings), the score, and an Assign button; then everyone
 * excluded with the rules that exclude them.
 */
export function CandidatesPanel({ planner, entry, canAssign, onAssigned, onClose, onReload, reloading }: CandidatesPanelProps) {
  const { period } = planner;
  const shiftId = entry.gap.shiftIds[0] ?? '';
  const candidates = useCandidates(period.id, shiftId, period.version);
  const user = useSignedInUser();
  // The API prices each candidate for the roles that hold the budget (officers get no price).
  const priced = candidates.data?.candidates.some((c) => c.cost !== null) ?? false;
  const assign = useAssign(period.id);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const published = period.status === 'published';
  const shiftName = entry.shiftType ? `${entry.shiftType.name} (${entry.shiftType.code}) ${entry.shiftType.start} to ${entry.shiftType.end}` : 'Shift';
  const heading = `Cover for ${shiftName}, ${dayAndMonth(entry.gap.date)}`;

  const onAssign = (candidate: CoverCandidate) => {
    if (published && reason.trim() === '') {
      setReasonError(REASON_MISSING);
      document.getElementById('assign-reason')?.focus();
      return;
    }
    setReasonError(undefined);
    assign.mutate(
      { shiftId, staffId: candidate.staffId, periodVersion: period.version, ...(published ? { reason: reason.trim() } : {}) },
      {
        onSuccess: (result) => {
          const warnings = result.warnings.length === 0 ? '' : ` with ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}: ${result.warnings.map((w) => w.message).join(' ')}`;
          onAssigned(`${candidate.name} is on the ${entry.shiftType?.name ?? 'shift'} on ${dayAndMonth(entry.gap.date)}${warnings}`);
        },
      },
    );
  };

  return (
    <section className="app-rota-panel" aria-labelledby="candidates-heading">
      <h2 id="candidates-heading" tabIndex={-1}>
        {heading}
      </h2>
      <p>{entry.description}.</p>
      {assign.isError && <RotaChangeProblem error={assign.error} refused="The assignment was not made" onReload={onReload} reloading={reloading} />}
      {published && <ChangeReason id="assign-reason" value={reason} onChange={setReason} error={reasonError} />}
      {candidates.isPending && <LoadingMessage>Ranking who could take this shift…</LoadingMessage>}
      {candidates.isError && <ProblemMessage error={candidates.error} what="list of candidates" onRetry={() => void candidates.refetch()} headingLevel={3} />}
      {candidates.data && (
        <>
          <table className="nhsuk-table app-rota-candidates">
            <caption className="nhsuk-table__caption nhsuk-table__caption--s">
              {candidates.data.candidates.length === 0 ? 'Nobody can take this shift without breaking a rule' : `${candidates.data.candidates.length} people could take this shift, best first`}
            </caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">Person</th>
                <th scope="col">Why</th>
                <th scope="col" className="nhsuk-table__header--numeric">
                  Hours left
                </th>
                <th scope="col">Fairness</th>
                {priced && (
                  <th scope="col" className="nhsuk-table__header--numeric">
                    Cost
                  </th>
                )}
                <th scope="col" className="nhsuk-table__header--numeric">
                  Score
                </th>
                <th scope="col">
                  <span className="nhsuk-u-visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {candidates.data.candidates.map((candidate) => {
                const why = candidate.reasons.filter((r) => r.kind !== 'fairness' && r.kind !== 'hours' && !(priced && r.kind === 'cost'));
                const fairness = candidate.reasons.filter((r) => r.kind === 'fairness');
                return (
                  <tr key={candidate.staffId}>
                    <td>{candidate.rank}</td>
                    <th scope="row">{candidate.name}</th>
                    <td>
                      <ul className="nhsuk-list nhsuk-u-font-size-16 nhsuk-u-margin-bottom-0">
                        {why.map((r, index) => (
                          <li key={index} className={r.kind === 'warning' ? 'app-rota-warning' : undefined}>
                            {r.kind === 'warning' && <strong>Warning: </strong>}
                            {r.text}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="nhsuk-table__cell--numeric app-nowrap">{hoursLeft(candidate)}</td>
                    <td className="nhsuk-u-font-size-16">{fairness.map((r) => r.text).join('; ') || 'Not counted'}</td>
                    {priced && (
                      <td className="nhsuk-table__cell--numeric nhsuk-u-font-size-16">
                        {candidate.cost ? (
                          <>
                            <span className="app-nowrap">{formatPence(candidate.cost.pence)}</span>
                            <br />
                            {candidate.cost.basis}
                          </>
                        ) : (
                          'Not priced'
                        )}
                      </td>
                    )}
                    <td className="nhsuk-table__cell--numeric" title={`Rules ${candidate.breakdown.rules}, fairness ${candidate.breakdown.fairness}, cost ${candidate.breakdown.cost}`}>
                      {candidate.score}
                    </td>
                    <td>
                      {canAssign(candidate.staffId) && (
                        <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" type="button" disabled={assign.isPending} onClick={() => onAssign(candidate)}>
                          Assign<span className="nhsuk-u-visually-hidden"> {candidate.name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {canSeeBudget(user) && <AgencyPriceLine periodId={period.id} shiftId={shiftId} />}
          {candidates.data.excluded.length > 0 && (
            <Details summary={`${candidates.data.excluded.length} people cannot take this shift, and why`}>
              <ul className="nhsuk-list nhsuk-list--bullet">
                {candidates.data.excluded.map((person) => (
                  <li key={person.staffId}>
                    <strong>{person.name}</strong>:{' '}
                    {person.reason === 'already-on-shift' ? 'already on this shift' : person.rules.map((r) => `${ruleName(r.ruleId)} (${r.message})`).join('; ')}
                  </li>
                ))}
              </ul>
            </Details>
          )}
        </>
      )}
      <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
