import type { CreateAssignmentBody } from '@recordroom/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assignToShift, publishPeriod, removeAssignment } from '../api/rota-api';
import { rotaQueryKeys } from '../api/rota-query-keys';

/** After any change to a period: its planner, the period list and the audit trail are out of date. */
function useRefreshPeriod(periodId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: rotaQueryKeys.planner(periodId) }),
      queryClient.invalidateQueries({ queryKey: rotaQueryKeys.periods() }),
      queryClient.invalidateQueries({ queryKey: ['audit-events'] }),
    ]);
}

/** Puts a person on a shift; the planner is fetched again (the gap closes) before the call resolves. */
export function useAssign(periodId: string) {
  const refresh = useRefreshPeriod(periodId);
  return useMutation({ mutationFn: (body: CreateAssignmentBody) => assignToShift(periodId, body), onSuccess: refresh });
}

export function useRemoveAssignment(periodId: string) {
  const refresh = useRefreshPeriod(periodId);
  return useMutation({
    mutationFn: ({ assignmentId, periodVersion, reason }: { assignmentId: string; periodVersion: number; reason?: string }) => removeAssignment(periodId, assignmentId, periodVersion, reason),
    onSuccess: refresh,
  });
}

export function usePublish(periodId: string) {
  const refresh = useRefreshPeriod(periodId);
  return useMutation({ mutationFn: (version: number) => publishPeriod(periodId, version), onSuccess: refresh });
}
