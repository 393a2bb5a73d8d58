import { useQuery } from '@tanstack/react-query';
import { fetchStaffSummary } from '../api/staff-api';
import { staffQueryKeys } from '../api/staff-query-keys';

/** Headline staffing figures for whatever the signed-in person may see (the API sets the scope). */
export function useStaffSummary() {
  return useQuery({ queryKey: staffQueryKeys.summary(), queryFn: ({ signal }) => fetchStaffSummary(signal) });
}
