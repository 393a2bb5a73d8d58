import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { directoryQueryToParams, parseDirectoryQuery, type DirectoryQuery } from '../api/directory-query';

/**
 * The staff directory's query, kept in the address bar so that every view can be bookmarked,
 * shared and reached with the back button. `update` pushes a new history entry.
 */
export function useDirectoryQuery() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseDirectoryQuery(searchParams), [searchParams]);

  const update = useCallback(
    (changes: Partial<DirectoryQuery>) => setSearchParams(directoryQueryToParams({ ...query, ...changes })),
    [query, setSearchParams],
  );

  /** The address of this view with some changes, for links such as page numbers. */
  const hrefWith = useCallback((changes: Partial<DirectoryQuery>) => {
    const search = directoryQueryToParams({ ...query, ...changes }).toString();
    return search ? `?${search}` : '?';
  }, [query]);

  return { query, update, hrefWith };
}
