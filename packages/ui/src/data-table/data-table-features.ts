import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
  type ColumnDef,
  type ColumnHelper,
  type RowData,
} from '@tanstack/react-table';

/** Per-column presentation hints read by DataTable. */
export interface DataTableColumnMeta {
  /** Right-align the header and cells, as NHS.UK does for numbers. */
  numeric?: boolean;
  /** Render the column's cells as row headers (`<th scope="row">`), usually the first column. */
  rowHeader?: boolean;
}

/**
 * The TanStack Table 9 features every DataTable registers: filtering (a text search over every
 * column and per-column filters), sorting and pagination, with client-side row models that
 * `manual` mode bypasses when a server has already filtered, sorted and sliced the rows.
 * Defined once at module scope because TanStack Table needs a stable features object.
 */
export const dataTableFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString, equalsString: filterFn_equalsString },
  rowSortingFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, datetime: sortFn_datetime, text: sortFn_text },
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

/**
 * A column of a DataTable. The value type is `any` because a table's columns hold different value
 * types side by side; `createDataTableColumnHelper().columns([...])` keeps each one precise.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataTableColumn<TRow extends RowData> = ColumnDef<DataTableFeatures, TRow, any>;

/**
 * The column helper for DataTable columns, typed against DataTable's features.
 *
 * @example
 * const column = createDataTableColumnHelper<Person>();
 * const columns = column.columns([column.accessor('name', { header: 'Name' })]);
 */
export function createDataTableColumnHelper<TRow extends RowData>(): ColumnHelper<DataTableFeatures, TRow> {
  return createColumnHelper<DataTableFeatures, TRow>();
}
