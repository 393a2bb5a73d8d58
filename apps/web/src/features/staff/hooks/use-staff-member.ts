import { useQuery } from '@tanstack/react-query';
import { fetchStaffMember } from '../api/staff-api';
import { staffQueryKeys } from '../api/staff-query-keys';

export function useStaffMember(id: string | undefined) {
  return useQuery({
    queryKey: staffQueryKeys.detail(id ?? ''),
    queryFn: ({ signal }) => fetchStaffMember(id ?? '', signal),
    enabled: id !== undefined && id !== '',
  });
}
