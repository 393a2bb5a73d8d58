import { useId, useState, type ReactNode } from 'react';
import {
  functionalUpdate,
  type ColumnFiltersState,
  useTable,
  type PaginationState,
  type RowData,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { Pagination } from '../pagination/pagination.js';
import { dataTableFeatures, type DataTableColumn } from './data-table-features.js';

export type TableCaptionSize = 's' | 'm' | 'l' | 'xl';

export interface DataTableProps<TRow extends RowData> {
  /** What the table lists; every table needs one, even when it is visually hidden. */
  caption: string;
  captionSize?: TableCaptionSize;
  captionHidden?: boolean;
  columns: DataTableColumn<TRow>[];
  /** Rows; keep the array stable between renders (TanStack Table caches on its identity). */
  data: TRow[];
  getRowId?: (row: TRow, index: number) => string;
  /** Shown in place of the table, under the caption as a heading, when there are no rows. */
  emptyMessage?: ReactNode;
  /** Level of that heading; match the page's outline. */
  emptyHeadingLevel?: 2 | 3 | 4;

  /**
   * The rows are one page already sorted and sliced by a server: DataTable does not sort or slice
   * them, and `rowCount` gives the total. The caller fetches again when sorting or paging changes.
   */
  manual?: boolean;
  /** Total rows on the server (manual mode). */
  rowCount?: number;

  /** Controlled sorting; leave out for DataTable to keep its own, starting at `initialSorting`. */
  sorting?: SortingState;
  initialSorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;

  /** Controlled pagination; with neither this nor `initialPagination`, all rows show on one page. */
  pagination?: PaginationState;
  initialPagination?: PaginationState;
  onPaginationChange?: (pagination: PaginationState) => void;
  /** Addresses for page links, when pages have them (see Pagination). */
  getPageHref?: (pageIndex: number) => string;
  /** Names what a row is, for the results count: "Showing 1 to 25 of 80 people". */
  rowNoun?: { one: string; other: string };

  /**
   * Rows shown only when some column's text includes this (case-insensitive), and only those
   * matching every column filter: filtering happens in the table, before sorting and paging.
   */
  globalFilter?: string;
  columnFilters?: ColumnFiltersState;

  /** A newer page or order is loading: the table is marked busy for assistive technology. */
  busy?: boolean;
  /** Less padding between rows, for tables with many columns or rows. */
  compact?: boolean;
  id?: string;
}

const ariaSortValue = { asc: 'ascending', desc: 'descending' } as const;

/** Keeps a state slice controlled by the caller when given, internally otherwise. */
function useSlice<T>(controlled: T | undefined, initial: T, onChange: ((value: T) => void) | undefined) {
  const [internal, setInternal] = useState(initial);
  const value = controlled ?? internal;
  const update = (updater: Updater<T>) => {
    const next = functionalUpdate(updater, value);
    if (controlled === undefined) setInternal(next);
    onChange?.(next);
  };
  return [value, update] as const;
}

const showEverything: PaginationState = { pageIndex: 0, pageSize: Number.POSITIVE_INFINITY };

/** The id TanStack Table gives a column definition: its id, else its accessor key, else its header text. */
function columnIdOf(column: { id?: string; accessorKey?: unknown; header?: unknown }): string | undefined {
  if (column.id) return column.id;
  if (typeof column.accessorKey === 'string') return column.accessorKey;
  return typeof column.header === 'string' ? column.header : undefined;
}

/**
 * A table in the NHS.UK style on TanStack Table 9: sortable column headers (buttons, with
 * `aria-sort` and a spoken announcement), optional pagination, and an empty state. Works on
 * rows held in memory or, with `manual`, on one page served already sorted and sliced.
 */
export function DataTable<TRow extends RowData>(props: DataTableProps<TRow>) {
  const {
    caption,
    captionSize = 'm',
    captionHidden = false,
    columns,
    data,
    getRowId,
    emptyMessage = 'There is nothing to show.',
    emptyHeadingLevel = 2,
    manual = false,
    rowCount,
    rowNoun,
    busy = false,
    compact = false,
    getPageHref,
  } = props;
  const paginated = props.pagination !== undefined || props.initialPagination !== undefined;
  const [sorting, setSorting] = useSlice(props.sorting, props.initialSorting ?? [], props.onSortingChange);
  const [pagination, setPagination] = useSlice(
    props.pagination,
    props.initialPagination ?? showEverything,
    props.onPaginationChange,
  );
  const generatedId = useId();
  const captionId = `${props.id ?? generatedId}-caption`;

  // A sort the table has no column for (say, the server sorting by a field not shown) is the
  // caller's business; the table shows no column as sorted.
  const knownIds = new Set(columns.map((column) => columnIdOf(column)));
  const shownSorting = sorting.filter((sort) => knownIds.has(sort.id));

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    state: { sorting: shownSorting, pagination: paginated ? pagination : showEverything, globalFilter: props.globalFilter ?? '', columnFilters: props.columnFilters ?? [] },
    globalFilterFn: 'includesString',
    manualFiltering: manual,
    onSortingChange: (updater) => {
      setSorting(updater);
      // Rows in memory start again from the first page in the new order. In manual mode the
      // caller fetches the new order and chooses the page (one change, not two).
      if (!manual && paginated && pagination.pageIndex !== 0) setPagination({ ...pagination, pageIndex: 0 });
    },
    onPaginationChange: setPagination,
    manualSorting: manual,
    manualPagination: manual || !paginated,
    rowCount: manual ? rowCount : undefined,
    autoResetPageIndex: false,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });

  const sortable = table.getAllLeafColumns().some((column) => column.getCanSort());
  const sorted = shownSorting[0];
  const sortedColumn = sorted ? table.getColumn(sorted.id) : undefined;
  const sortedHeader = sortedColumn && typeof sortedColumn.columnDef.header === 'string' ? sortedColumn.columnDef.header : sorted?.id;
  const total = manual ? (rowCount ?? data.length) : table.getFilteredRowModel().rows.length;
  const tableClasses = ['nhsuk-table'];
  if (sortable) tableClasses.push('nhsuk-table--sortable');
  if (compact) tableClasses.push('nhsuk-table--compact');

  if (total === 0) {
    const Heading = `h${emptyHeadingLevel}` as const;
    return (
      <div className="nhsuk-u-margin-bottom-5" id={props.id}>
        <Heading className={captionHidden ? 'nhsuk-u-visually-hidden' : `nhsuk-heading-${captionSize}`}>{caption}</Heading>
        <div className="nhsuk-body">{emptyMessage}</div>
      </div>
    );
  }

  const pageCount = paginated ? table.getPageCount() : 1;
  const pastTheEnd = paginated && pagination.pageIndex >= pageCount;
  const firstRow = paginated ? pagination.pageIndex * pagination.pageSize + 1 : 1;
  const lastRow = paginated ? Math.min(total, (pagination.pageIndex + 1) * pagination.pageSize) : total;

  return (
    <div id={props.id}>
      {sortable && (
        <p className="nhsuk-u-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {sorted ? `Sorted by ${sortedHeader} (${sorted.desc ? 'descending' : 'ascending'})` : ''}
        </p>
      )}
      {pastTheEnd && (
        <p className="nhsuk-body">
          There is no page {pagination.pageIndex + 1}: the list has {pageCount} {pageCount === 1 ? 'page' : 'pages'}. Choose a page below.
        </p>
      )}
      {/* A keyboard-focusable scrolling region, so a table wider than the screen can be read. */}
      {!pastTheEnd && (
        <div className="nhsuk-table-container" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className={tableClasses.join(' ')} aria-busy={busy || undefined}>
            <caption
              id={captionId}
              className={captionHidden ? 'nhsuk-u-visually-hidden' : `nhsuk-table__caption nhsuk-table__caption--${captionSize}`}
            >
              {caption}
              {sortable && <span className="nhsuk-u-visually-hidden"> (column headers with buttons are sortable)</span>}
            </caption>
            <thead className="nhsuk-table__head">
              {table.getHeaderGroups().map((headerGroup) => (
                <tr key={headerGroup.id} className="nhsuk-table__row">
                  {headerGroup.headers.map((header) => {
                    const column = header.column;
                    const numeric = column.columnDef.meta?.numeric === true;
                    const canSort = column.getCanSort();
                    const direction = column.getIsSorted();
                    const content = header.isPlaceholder ? null : <table.FlexRender header={header} />;
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        colSpan={header.colSpan > 1 ? header.colSpan : undefined}
                        className={`nhsuk-table__header${numeric ? ' nhsuk-table__header--numeric' : ''}`}
                        data-sort={canSort ? '' : undefined}
                        aria-sort={canSort && direction ? ariaSortValue[direction] : undefined}
                      >
                        {canSort ? (
                          <button
                            type="button"
                            className="nhsuk-link"
                            // NHS.UK order: ascending first, then flip between the two.
                            onClick={() => column.toggleSorting(direction === 'asc')}
                          >
                            {content}
                          </button>
                        ) : (
                          content
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody className="nhsuk-table__body">
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="nhsuk-table__row">
                  {row.getAllCells().map((cell) => {
                    const meta = cell.column.columnDef.meta;
                    const className = meta?.numeric ? 'nhsuk-table__cell nhsuk-table__cell--numeric' : 'nhsuk-table__cell';
                    return meta?.rowHeader ? (
                      <th key={cell.id} scope="row" className={className}>
                        <table.FlexRender cell={cell} />
                      </th>
                    ) : (
                      <td key={cell.id} className={className}>
                        <table.FlexRender cell={cell} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {paginated && (
        <>
          {rowNoun && !pastTheEnd && (
            <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
              Showing {firstRow} to {lastRow} of {total} {total === 1 ? rowNoun.one : rowNoun.other}
            </p>
          )}
          <Pagination
            pageIndex={pagination.pageIndex}
            pageCount={pageCount}
            onPageChange={(pageIndex) => table.setPageIndex(pageIndex)}
            getPageHref={getPageHref}
            label={`${caption}: pages`}
          />
        </>
      )}
    </div>
  );
}
