import type { SwapDto } from '@recordroom/contracts';
import { Tag, type TagColour } from '@recordroom/ui';
import { formatDate } from '../../../format/format-date';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { useCancelSwap, useMySwaps } from '../hooks/use-my-swaps';
import { RotaChangeProblem } from './rota-change-problem';

const STATUS_TAGS: Record<SwapDto['status'], { text: string; colour: TagColour }> = {
  requested: { text: 'Waiting for a decision', colour: 'yellow' },
  approved: { text: 'Approved', colour: 'green' },
  declined: { text: 'Declined', colour: 'red' },
  cancelled: { text: 'Cancelled', colour: 'grey' },
};

/** "Your OD shift on 3 March 2026 to Ann Smith, for their LT shift on 5 March 2026", from my side of the swap. */
function describeSwap(swap: SwapDto, me: string): string {
  const mine = swap.from.staffId === me;
  const given = `${swap.from.shiftTypeCode} shift on ${formatDate(swap.from.date)}`;
  const back = swap.to.date && swap.to.shiftTypeCode ? `${swap.to.shiftTypeCode} shift on ${formatDate(swap.to.date)}` : null;
  if (mine) return `Your ${given} to ${swap.to.staffName}${back ? `, for their ${back}` : ''}`;
  return `${swap.from.staffName}’s ${given} to you${back ? `, for your ${back}` : ''}`;
}

/** My swaps: those I asked for (which I may withdraw while they wait) and those asking me. */
export function MySwapsSection({ staffId, onDone }: { staffId: string; onDone: (message: string) => void }) {
  const swaps = useMySwaps();
  const cancel = useCancelSwap();
  return (
    <section aria-labelledby="my-swaps-heading">
      <h2 id="my-swaps-heading">My swaps</h2>
      <p>To swap a shift, choose “Swap this shift” beside it in the list of your shifts.</p>
      {swaps.isPending && <LoadingMessage>Loading your swaps…</LoadingMessage>}
      {swaps.isError && <ProblemMessage error={swaps.error} what="list of your swaps" onRetry={() => void swaps.refetch()} />}
      {cancel.isError && <RotaChangeProblem error={cancel.error} refused="Your swap request was not withdrawn" conflictHeading="Someone else has already dealt with or changed this request" conflictText="someone else has already dealt with or changed this request. Reload your requests to see where it stands now." reloadLabel="Reload my requests" onReload={() => void swaps.refetch()} reloading={swaps.isFetching} />}
      {swaps.data &&
        (swaps.data.items.length === 0 ? (
          <p>You have no swap requests.</p>
        ) : (
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-table__caption--s nhsuk-u-visually-hidden">Your swaps</caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">Swap</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="nhsuk-u-visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {swaps.data.items.map((swap) => {
                const tag = STATUS_TAGS[swap.status];
                return (
                  <tr key={swap.id}>
                    <td>{describeSwap(swap, staffId)}</td>
                    <td>
                      <Tag colour={tag.colour}>{tag.text}</Tag>
                    </td>
                    <td>
                      {swap.status === 'requested' && swap.from.staffId === staffId && (
                        <button
                          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                          type="button"
                          disabled={cancel.isPending}
                          onClick={() => cancel.mutate({ id: swap.id, version: swap.version }, { onSuccess: () => onDone('Your swap request is withdrawn') })}
                        >
                          Withdraw<span className="nhsuk-u-visually-hidden"> the swap of your shift on {formatDate(swap.from.date)}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
    </section>
  );
}
