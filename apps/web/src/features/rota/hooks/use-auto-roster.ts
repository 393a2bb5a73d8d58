import type { SolveDto, StartSolveBody } from '@recordroom/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { acceptSolve, cancelSolve, fetchSolveChanges, fetchSolvePreview, fetchSolves, rejectSolve, startSolve } from '../api/rota-api';
import { rotaQueryKeys } from '../api/rota-query-keys';

const UNDER_WAY: readonly SolveDto['status'][] = ['queued', 'running'];

/** The period's latest solve, polled every second while it is under way. */
export function useLatestSolve(periodId: string) {
  return useQuery({
    queryKey: rotaQueryKeys.solves(periodId),
    queryFn: ({ signal }) => fetchSolves(periodId, signal),
    select: (solves) => solves[0] ?? null,
    refetchInterval: (query) => (query.state.data?.[0] && UNDER_WAY.includes(query.state.data[0].status) ? 1000 : false),
  });
}

export function useSolvePreview(solve: SolveDto | null) {
  const ready = solve !== null && (solve.status === 'ready' || solve.status === 'infeasible');
  return useQuery({ queryKey: rotaQueryKeys.solvePreview(solve?.id ?? ''), queryFn: ({ signal }) => fetchSolvePreview(solve?.id ?? '', signal), enabled: ready });
}

/** A page of the people whose rota the preview changes (the page before stays shown while the next loads). */
export function useSolveChanges(solveId: string, query: { page: number; pageSize: number }) {
  return useQuery({ queryKey: rotaQueryKeys.solveChanges(solveId, query), queryFn: ({ signal }) => fetchSolveChanges(solveId, query, signal), placeholderData: keepPreviousData });
}

/** Start, cancel, accept and reject: each refreshes the solve (and, on accept, the planner). */
export function useSolveActions(periodId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: rotaQueryKeys.solves(periodId) });
  return {
    start: useMutation({ mutationFn: (body: StartSolveBody) => startSolve(periodId, body), onSuccess: refresh }),
    cancel: useMutation({ mutationFn: (solveId: string) => cancelSolve(solveId), onSuccess: refresh }),
    // Settled, not only success: a reject refused because someone else decided first still shows their decision.
    reject: useMutation({ mutationFn: (solve: SolveDto) => rejectSolve(solve.id, solve.version), onSettled: refresh }),
    accept: useMutation({
      mutationFn: ({ solve, reason }: { solve: SolveDto; reason?: string }) => acceptSolve(solve.id, solve.version, reason),
      onSuccess: () =>
        Promise.all([
          refresh(),
          queryClient.invalidateQueries({ queryKey: rotaQueryKeys.planner(periodId) }),
          queryClient.invalidateQueries({ queryKey: rotaQueryKeys.periods() }),
          queryClient.invalidateQueries({ queryKey: ['audit-events'] }),
        ]),
    }),
  };
}
