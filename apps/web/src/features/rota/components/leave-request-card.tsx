import type { AbsenceDto } from '@recordroom/contracts';
import { formatDate } from '../../../format/format-date';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { useDecideAbsence, useLeaveCheck } from '../hooks/use-rota-requests';
import { ABSENCE_CODES } from '../rota-labels';
import { ruleName } from '../rota-problems';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { ownRequestReason } from '../own-request';
import { DecisionButtons } from './decision-buttons';
import { RotaChangeProblem } from './rota-change-problem';

function dates(absence: AbsenceDto): string {
  const times = absence.startTime && absence.endTime ? `, ${absence.startTime} to ${absence.endTime}` : '';
  return absence.startDate === absence.endDate ? `${formatDate(absence.startDate)}${times}` : `${formatDate(absence.startDate)} to ${formatDate(absence.endDate)}`;
}

/** One leave request in the queue: what is asked, the clash check, and the decision. */
export function LeaveRequestCard({ absence, onDecided, onReload, reloading }: { absence: AbsenceDto; onDecided: (message: string) => void; onReload: () => void; reloading: boolean }) {
  const check = useLeaveCheck(absence.id);
  const decide = useDecideAbsence();
  const notYours = ownRequestReason(useSignedInUser().staffMemberId, { requester: absence.staffId });
  const kind = ABSENCE_CODES[absence.kind].words;
  const what = `${absence.staffName}’s ${kind.toLowerCase()}`;
  return (
    <li className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading">
          {absence.staffName}: {kind}
        </h3>
        <p className="nhsuk-u-margin-bottom-2">{dates(absence)}</p>
        {absence.note && <p className="nhsuk-u-secondary-text-colour">“{absence.note}”</p>}
        {check.isPending && <LoadingMessage>Checking for clashes…</LoadingMessage>}
        {check.isError && <ProblemMessage error={check.error} what="clash check" onRetry={() => void check.refetch()} headingLevel={3} />}
        {check.data && (
          <div className={check.data.canApprove ? 'nhsuk-inset-text nhsuk-u-margin-top-2' : 'nhsuk-warning-callout'}>
            {!check.data.canApprove && (
              <h4 className="nhsuk-warning-callout__label">
                <span role="text">
                  <span className="nhsuk-u-visually-hidden">Important: </span>Cannot be approved as it stands
                </span>
              </h4>
            )}
            {check.data.canApprove && check.data.clashes.length === 0 && check.data.introduced.length === 0 && <p>No clash: approving leaves cover and the team’s clash rules intact.</p>}
            {check.data.errors.length > 0 && (
              <ul className="nhsuk-list nhsuk-list--bullet">
                {check.data.errors.map((e) => (
                  <li key={e.field}>{e.message}</li>
                ))}
              </ul>
            )}
            {check.data.clashes.length > 0 && (
              <>
                <p className="nhsuk-u-margin-bottom-1">
                  <strong>Clashes:</strong>
                </p>
                <ul className="nhsuk-list nhsuk-list--bullet">
                  {check.data.clashes.map((c) => (
                    <li key={`${c.clashRuleId}:${c.date}`}>{c.message}</li>
                  ))}
                </ul>
              </>
            )}
            {check.data.withdrawnAssignments.length > 0 && (
              <p>
                Approving takes {absence.staffName} off {check.data.withdrawnAssignments.length} rostered shift{check.data.withdrawnAssignments.length === 1 ? '' : 's'}.
              </p>
            )}
            {check.data.introduced.length > 0 && (
              <>
                <p className="nhsuk-u-margin-bottom-1">
                  <strong>What it does to the rota:</strong>
                </p>
                <ul className="nhsuk-list nhsuk-list--bullet">
                  {check.data.introduced.map((v) => (
                    <li key={v.key}>
                      {v.severity === 'hard' ? 'Broken rule' : 'Warning'}: {ruleName(v.ruleId)}. {v.message}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        {decide.isError && <RotaChangeProblem error={decide.error} refused="The decision was not saved" conflictHeading="Someone else has already dealt with or changed this request" conflictText="someone else has already dealt with or changed this request. Reload the requests to see where it stands now." reloadLabel="Reload the requests" onReload={onReload} reloading={reloading} />}
        {notYours ? (
          <p className="nhsuk-inset-text nhsuk-u-margin-bottom-0">{notYours}</p>
        ) : (
          <DecisionButtons
            id={`leave-${absence.id}`}
            what={what}
            busy={decide.isPending}
            canApprove={check.data?.canApprove ?? false}
            onDecide={(decision, note) =>
              decide.mutate(
                { id: absence.id, decision, version: absence.version, ...(note ? { note } : {}) },
                { onSuccess: () => onDecided(`${what} is ${decision === 'approve' ? 'approved' : 'declined'}`) },
              )
            }
          />
        )}
      </div>
    </li>
  );
}
