import type { AbsenceDecisionBody, SwapDecisionBody } from '@recordroom/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { decideAbsence, decideSwap, fetchAbsences, fetchLeaveCheck, fetchSwaps } from '../api/rota-api';
import { rotaQueryKeys } from '../api/rota-query-keys';

export const QUEUE_PAGE_SIZE = 10;

/** Leave waiting for a decision, in the caller's scope (officers: their line), a page at a time. */
export function useLeaveQueue(page: number) {
  const query = { status: 'requested' as const, page, pageSize: QUEUE_PAGE_SIZE };
  return useQuery({ queryKey: rotaQueryKeys.absences(query), queryFn: ({ signal }) => fetchAbsences(query, signal), placeholderData: keepPreviousData });
}

export function useSwapQueue(page: number) {
  const query = { status: 'requested' as const, page, pageSize: QUEUE_PAGE_SIZE };
  return useQuery({ queryKey: rotaQueryKeys.swaps(query), queryFn: ({ signal }) => fetchSwaps(query, signal), placeholderData: keepPreviousData });
}

/** What approving the leave would do: clashes with the team's clash rules, shifts it takes the person off, gaps. */
export function useLeaveCheck(absenceId: string) {
  return useQuery({ queryKey: rotaQueryKeys.leaveCheck(absenceId), queryFn: ({ signal }) => fetchLeaveCheck(absenceId, signal), staleTime: 0 });
}

/** A decision changes the queues, the planner (leave and swaps move shifts) and the audit trail. */
function useRefreshAfterDecision() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: rotaQueryKeys.all }), queryClient.invalidateQueries({ queryKey: ['audit-events'] })]);
}

export function useDecideAbsence() {
  const refresh = useRefreshAfterDecision();
  return useMutation({ mutationFn: ({ id, ...body }: { id: string } & AbsenceDecisionBody) => decideAbsence(id, body), onSuccess: refresh });
}

export function useDecideSwap() {
  const refresh = useRefreshAfterDecision();
  return useMutation({ mutationFn: ({ id, ...body }: { id: string } & SwapDecisionBody) => decideSwap(id, body), onSuccess: refresh });
}
