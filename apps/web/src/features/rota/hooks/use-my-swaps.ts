import type { CreateSwapBody } from '@recordroom/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { cancelSwap, fetchMySwaps, fetchSwapOptions, requestSwap } from '../api/rota-api';
import { rotaQueryKeys } from '../api/rota-query-keys';

/** The latest swaps are enough on "my rota": older ones are decided history. */
const MY_SWAPS_SHOWN = 20;

export function useMySwaps() {
  return useQuery({ queryKey: rotaQueryKeys.mySwaps(), queryFn: ({ signal }) => fetchMySwaps({ page: 1, pageSize: MY_SWAPS_SHOWN }, signal) });
}

export function useSwapOptions(assignmentId: string) {
  return useQuery({ queryKey: rotaQueryKeys.swapOptions(assignmentId), queryFn: ({ signal }) => fetchSwapOptions(assignmentId, signal) });
}

/** Asking or withdrawing changes which of my shifts can be offered, so my shifts are read again too. */
function useInvalidateMine() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: rotaQueryKeys.mySwaps() }), queryClient.invalidateQueries({ queryKey: [...rotaQueryKeys.all, 'me', 'shifts'] })]);
}

export function useRequestSwap() {
  const invalidate = useInvalidateMine();
  return useMutation({ mutationFn: (body: CreateSwapBody) => requestSwap(body), onSuccess: invalidate });
}

export function useCancelSwap() {
  const invalidate = useInvalidateMine();
  return useMutation({ mutationFn: ({ id, version }: { id: string; version: number }) => cancelSwap(id, version), onSuccess: invalidate });
}
