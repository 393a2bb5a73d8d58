import { useQuery } from '@tanstack/react-query';
import { fetchCandidates } from '../api/rota-api';
import { rotaQueryKeys } from '../api/rota-query-keys';

/** Who could fill a dated shift, ranked; refetched with the planner version so it is never stale. */
export function useCandidates(periodId: string, shiftId: string, periodVersion: number) {
  return useQuery({
    queryKey: [...rotaQueryKeys.candidates(periodId, shiftId), periodVersion],
    queryFn: ({ signal }) => fetchCandidates(periodId, shiftId, signal),
    staleTime: 0,
  });
}
