import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type DirectoryQuery } from '../api/directory-query';
import { fetchStaffPage } from '../api/staff-api';
import { staffQueryKeys } from '../api/staff-query-keys';

/** One page of the directory; the previous page stays on screen while the next loads. */
export function useStaffDirectory(query: DirectoryQuery) {
  return useQuery({
    queryKey: staffQueryKeys.list(query),
    queryFn: ({ signal }) => fetchStaffPage(query, signal),
    placeholderData: keepPreviousData,
  });
}
