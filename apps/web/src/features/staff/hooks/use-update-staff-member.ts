import type { StaffMemberDto } from '@recordroom/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateStaffMember } from '../api/staff-api';
import { staffQueryKeys } from '../api/staff-query-keys';
import { type StaffMemberChanges } from '../edit-form-values';

/** Saves changes to a staff record, then refreshes everything that shows it. */
export function useUpdateStaffMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, changes }: { version: number; changes: StaffMemberChanges }) => updateStaffMember(id, version, changes),
    onSuccess: (updated: StaffMemberDto) => {
      queryClient.setQueryData(staffQueryKeys.detail(id), updated);
      // Lists, figures and the audit trail refresh in the background; the saved record is already here.
      void queryClient.invalidateQueries({ queryKey: staffQueryKeys.all, predicate: (query) => query.queryKey[1] !== 'detail' });
      void queryClient.invalidateQueries({ queryKey: ['audit-events'] });
    },
  });
}
