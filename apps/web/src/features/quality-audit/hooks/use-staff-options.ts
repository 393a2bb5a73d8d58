import type { SelectOption } from '@recordroom/ui';
import { useQuery } from '@tanstack/react-query';
import { DEFAULT_DIRECTORY_QUERY } from '../../staff/api/directory-query';
import { fetchStaffPage } from '../../staff/api/staff-api';
import { staffQueryKeys } from '../../staff/api/staff-query-keys';

/** People the signed-in user may name as an auditor or action owner: the first 100 of their directory (the API checks the choice). */
export function useStaffOptions(): SelectOption[] {
  const query = { ...DEFAULT_DIRECTORY_QUERY, pageSize: 100 };
  const staff = useQuery({ queryKey: staffQueryKeys.list(query), queryFn: ({ signal }) => fetchStaffPage(query, signal) });
  return (staff.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.displayName} (${s.jobTitle})` }));
}
