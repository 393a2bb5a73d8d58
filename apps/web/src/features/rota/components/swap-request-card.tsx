import type { SwapDto } from '@recordroom/contracts';
import { formatDate } from '../../../format/format-date';
import { useDecideSwap } from '../hooks/use-rota-requests';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { ownRequestReason } from '../own-request';
import { DecisionButtons } from './decision-buttons';
import { RotaChangeProblem } from './rota-change-problem';

/** One swap in the queue: who gives which shift to whom (and takes which back). Approval runs the rules (422 when broken). */
export function SwapRequestCard({ swap, onDecided, onReload, reloading }: { swap: SwapDto; onDecided: (message: string) => void; onReload: () => void; reloading: boolean }) {
  const decide = useDecideSwap();
  const notYours = ownRequestReason(useSignedInUser().staffMemberId, { requester: swap.from.staffId, receiver: swap.to.staffId });
  const what = `the swap between ${swap.from.staffName} and ${swap.to.staffName}`;
  return (
    <li className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading">
          {swap.from.staffName} and {swap.to.staffName}
        </h3>
        <p>
          {swap.from.staffName} gives {swap.to.staffName} their {swap.from.shiftTypeCode} shift on {formatDate(swap.from.date)}
          {swap.to.date && swap.to.shiftTypeCode ? `, and takes ${swap.to.staffName}’s ${swap.to.shiftTypeCode} shift on ${formatDate(swap.to.date)} in return.` : '.'}
        </p>
        {swap.note && <p className="nhsuk-u-secondary-text-colour">“{swap.note}”</p>}
        <p className="nhsuk-body-s">Approving checks both people’s rota against every rule and refuses a swap that would break one.</p>
        {decide.isError && <RotaChangeProblem error={decide.error} refused="The swap was not decided" conflictHeading="Someone else has already dealt with or changed this request" conflictText="someone else has already dealt with or changed this request. Reload the requests to see where it stands now." reloadLabel="Reload the requests" onReload={onReload} reloading={reloading} />}
        {notYours ? (
          <p className="nhsuk-inset-text nhsuk-u-margin-bottom-0">{notYours}</p>
        ) : (
          <DecisionButtons
            id={`swap-${swap.id}`}
            what={what}
            busy={decide.isPending}
            canApprove
            onDecide={(decision, note) =>
              decide.mutate({ id: swap.id, decision, version: swap.version, ...(note ? { note } : {}) }, { onSuccess: () => onDecided(`${what.charAt(0).toUpperCase()}${what.slice(1)} is ${decision === 'approve' ? 'approved' : 'declined'}`) })
            }
          />
        )}
      </div>
    </li>
  );
}
