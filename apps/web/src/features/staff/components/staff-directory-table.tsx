import type { Page, StaffMemberDto } from '@recordroom/contracts';
import { DataTable, type PaginationState, type SortingState } from '@recordroom/ui';
import { type DirectoryQuery } from '../api/directory-query';
import { directoryColumns } from '../columns';

interface StaffDirectoryTableProps {
  page: Page<StaffMemberDto>;
  query: DirectoryQuery;
  /** A newer page is loading; the one shown is the previous. */
  busy: boolean;
  filtered: boolean;
  onQueryChange: (changes: Partial<DirectoryQuery>) => void;
  hrefWith: (changes: Partial<DirectoryQuery>) => string;
}

/** One server page of the directory: the address's sort and page drive the table, and its controls change the address. */
export function StaffDirectoryTable({ page, query, busy, filtered, onQueryChange, hrefWith }: StaffDirectoryTableProps) {
  const sorting: SortingState = [{ id: query.sort, desc: query.order === 'desc' }];
  const pagination: PaginationState = { pageIndex: query.page - 1, pageSize: query.pageSize };

  return (
    <DataTable
      caption="Staff"
      captionSize="m"
      compact
      columns={directoryColumns}
      data={page.items}
      getRowId={(person) => person.id}
      manual
      rowCount={page.total}
      busy={busy}
      sorting={sorting}
      onSortingChange={(next) => {
        const [first] = next;
        if (!first) return;
        // Sorting starts again from the first page; the column ids are the API's sort keys.
        onQueryChange({ sort: first.id as DirectoryQuery['sort'], order: first.desc ? 'desc' : 'asc', page: 1 });
      }}
      pagination={pagination}
      onPaginationChange={(next) => onQueryChange({ page: next.pageIndex + 1 })}
      getPageHref={(pageIndex) => hrefWith({ page: pageIndex + 1 })}
      rowNoun={{ one: 'person', other: 'people' }}
      emptyMessage={
        filtered ? (
          <>
            <p>No one matches your search and filters.</p>
            <p>Check the spelling of the name or employee number, or clear some of the filters.</p>
          </>
        ) : (
          <p>There are no staff records you can see yet.</p>
        )
      }
    />
  );
}
