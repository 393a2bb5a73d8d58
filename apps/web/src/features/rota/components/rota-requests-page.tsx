import { Pagination } from '@recordroom/ui';
import { useState } from 'react';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { SuccessBanner } from '../../../shell/components/success-banner';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { QUEUE_PAGE_SIZE, useLeaveQueue, useSwapQueue } from '../hooks/use-rota-requests';
import { LeaveRequestCard } from './leave-request-card';
import { SwapRequestCard } from './swap-request-card';

/** /rota-requests: leave and swap requests waiting for a decision, in the caller's scope. */
export function RotaRequestsPage() {
  usePageTitle('Leave and swap requests');
  const user = useSignedInUser();
  const [leavePage, setLeavePage] = useState(1);
  const [swapPage, setSwapPage] = useState(1);
  const leave = useLeaveQueue(leavePage);
  const swaps = useSwapQueue(swapPage);
  const [done, setDone] = useState<string | null>(null);

  return (
    <>
      {done && <SuccessBanner key={done} heading={done} />}
      <h1>Leave and swap requests</h1>
      <p className="nhsuk-lede-text">{user.role === 'officer' ? 'Requests from the people you manage, waiting for your decision.' : `Requests in ${user.departmentName ?? 'your department'} waiting for a decision.`}</p>

      <h2>Leave requests{leave.data ? ` (${leave.data.total})` : ''}</h2>
      {leave.isPending && <LoadingMessage>Loading leave requests…</LoadingMessage>}
      {leave.isError && <ProblemMessage error={leave.error} what="leave requests" onRetry={() => void leave.refetch()} />}
      {leave.data &&
        (leave.data.items.length === 0 ? (
          <p>No leave is waiting for a decision.</p>
        ) : (
          <>
            <ul className="nhsuk-list" aria-busy={leave.isPlaceholderData}>
              {leave.data.items.map((absence) => (
                <LeaveRequestCard key={`${absence.id}:${absence.version}`} absence={absence} onDecided={setDone} onReload={() => void leave.refetch()} reloading={leave.isFetching} />
              ))}
            </ul>
            <Pagination pageIndex={leavePage - 1} pageCount={Math.ceil(leave.data.total / QUEUE_PAGE_SIZE)} onPageChange={(index) => setLeavePage(index + 1)} label="Leave request pages" />
          </>
        ))}

      <h2>Swap requests{swaps.data ? ` (${swaps.data.total})` : ''}</h2>
      {swaps.isPending && <LoadingMessage>Loading swap requests…</LoadingMessage>}
      {swaps.isError && <ProblemMessage error={swaps.error} what="swap requests" onRetry={() => void swaps.refetch()} />}
      {swaps.data &&
        (swaps.data.items.length === 0 ? (
          <p>No swap is waiting for a decision.</p>
        ) : (
          <>
            <ul className="nhsuk-list" aria-busy={swaps.isPlaceholderData}>
              {swaps.data.items.map((swap) => (
                <SwapRequestCard key={`${swap.id}:${swap.version}`} swap={swap} onDecided={setDone} onReload={() => void swaps.refetch()} reloading={swaps.isFetching} />
              ))}
            </ul>
            <Pagination pageIndex={swapPage - 1} pageCount={Math.ceil(swaps.data.total / QUEUE_PAGE_SIZE)} onPageChange={(index) => setSwapPage(index + 1)} label="Swap request pages" />
          </>
        ))}
    </>
  );
}
