import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  bookReturnToWork,
  closeSickness,
  fetchCompliance,
  fetchMyTeam,
  fetchPersonRecord,
  fetchWhoIsOff,
  putCheck,
  recordAppraisal,
  recordSickness,
  recordTraining,
} from '../api/team-api';
import { teamQueryKeys } from '../api/team-query-keys';

export function useMyTeam() {
  return useQuery({ queryKey: teamQueryKeys.team(), queryFn: ({ signal }) => fetchMyTeam(signal) });
}

export function usePersonRecord(id: string) {
  return useQuery({ queryKey: teamQueryKeys.person(id), queryFn: ({ signal }) => fetchPersonRecord(id, signal), enabled: id !== '' });
}

export function useCompliance() {
  return useQuery({ queryKey: teamQueryKeys.compliance(), queryFn: ({ signal }) => fetchCompliance(signal) });
}

export function useWhoIsOff(from: string, to: string) {
  return useQuery({ queryKey: teamQueryKeys.off(from, to), queryFn: ({ signal }) => fetchWhoIsOff(from, to, signal) });
}

/** Every line-management change: the person's record, the team and its lists are read again. */
function usePeopleMutation<TArgs, TResult>(run: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: teamQueryKeys.all }) });
}

export const useRecordSickness = () => usePeopleMutation(({ staffId, body }: { staffId: string; body: Parameters<typeof recordSickness>[1] }) => recordSickness(staffId, body));
export const useCloseSickness = () => usePeopleMutation(({ id, body }: { id: string; body: Parameters<typeof closeSickness>[1] }) => closeSickness(id, body));
export const useBookReturnToWork = () => usePeopleMutation(({ id, body }: { id: string; body: Parameters<typeof bookReturnToWork>[1] }) => bookReturnToWork(id, body));
export const useRecordTraining = () => usePeopleMutation(({ staffId, body }: { staffId: string; body: Parameters<typeof recordTraining>[1] }) => recordTraining(staffId, body));
export const useRecordAppraisal = () => usePeopleMutation(({ staffId, body }: { staffId: string; body: Parameters<typeof recordAppraisal>[1] }) => recordAppraisal(staffId, body));
export const usePutCheck = () => usePeopleMutation(({ staffId, body }: { staffId: string; body: Parameters<typeof putCheck>[1] }) => putCheck(staffId, body));
