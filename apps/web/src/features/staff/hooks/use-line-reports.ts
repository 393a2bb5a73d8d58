import { useQuery } from '@tanstack/react-query';
import { DEFAULT_DIRECTORY_QUERY, type DirectoryQuery } from '../api/directory-query';
import { fetchStaffPage } from '../api/staff-api';
import { staffQueryKeys } from '../api/staff-query-keys';

/** An officer's line is small; one large page of it, by surname. */
const LINE_QUERY: DirectoryQuery = { ...DEFAULT_DIRECTORY_QUERY, pageSize: 100 };

/**
 * The people the signed-in officer manages: for an officer the API scopes GET /api/staff to their
 * line (direct and indirect reports).
 */
export function useLineReports() {
  return useQuery({ queryKey: staffQueryKeys.list(LINE_QUERY), queryFn: ({ signal }) => fetchStaffPage(LINE_QUERY, signal) });
}
