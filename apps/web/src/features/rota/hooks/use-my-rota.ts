import type { CreateAbsenceBody } from '@recordroom/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { cancelAbsence, createCalendarFeed, fetchCalendarFeed, fetchMyAbsences, fetchMyShifts, requestAbsence, revokeCalendarFeed } from '../api/rota-api';
import { rotaQueryKeys } from '../api/rota-query-keys';

export function useMyShifts(from: string, to: string) {
  return useQuery({ queryKey: rotaQueryKeys.myShifts(from, to), queryFn: ({ signal }) => fetchMyShifts({ from, to }, signal) });
}

export function useMyAbsences() {
  return useQuery({ queryKey: rotaQueryKeys.myAbsences(), queryFn: ({ signal }) => fetchMyAbsences(signal) });
}

export function useRequestLeave() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: CreateAbsenceBody) => requestAbsence(body), onSuccess: () => queryClient.invalidateQueries({ queryKey: rotaQueryKeys.myAbsences() }) });
}

export function useCancelLeave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => cancelAbsence(id, version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rotaQueryKeys.myAbsences() }),
  });
}

export function useCalendarFeed() {
  return useQuery({ queryKey: rotaQueryKeys.calendarFeed(), queryFn: ({ signal }) => fetchCalendarFeed(signal) });
}

/** Creating a feed also replaces an earlier one: the old address stops working at once. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCalendarFeed, onSuccess: (feed) => queryClient.setQueryData(rotaQueryKeys.calendarFeed(), feed) });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeCalendarFeed, onSuccess: () => queryClient.setQueryData(rotaQueryKeys.calendarFeed(), null) });
}
