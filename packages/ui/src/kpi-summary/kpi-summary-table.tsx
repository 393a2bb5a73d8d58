import type { AssuranceIcon as AssuranceIconKind, KpiUnit, VariationIcon as VariationIconKind } from '@recordroom/kpi';
import { useMemo, type ReactNode } from 'react';
import { DataTable } from '../data-table/data-table.js';
import { createDataTableColumnHelper } from '../data-table/data-table-features.js';
import { formatKpiValue, formatPeriod } from '../kpi-format/format-kpi-value.js';
import { AssuranceIcon } from '../spc/assurance-icon.js';
import { VariationIcon } from '../spc/variation-icon.js';
import { Sparkline } from './sparkline.js';

/** One KPI (or one facet of a KPI, such as a request priority) as the summary shows it. */
export interface KpiSummaryTableRow {
  /** Unique in the table, e.g. `${kpiId}:${facet}`. */
  id: string;
  name: string;
  /** A second line under the name, such as "Emergency requests". */
  qualifier?: string | null;
  unit: KpiUnit;
  latest: { period: string; value: number | null } | null;
  target: number | null;
  /** 'unverified': a local-policy default, said beside the target so nobody mistakes it for a national standard. */
  targetStatus?: 'verified' | 'unverified' | 'local' | null;
  variationIcon: VariationIconKind | null;
  assuranceIcon: AssuranceIconKind | null;
  /** The series for a sparkline, oldest first (shown when the table's `sparklines` is on). */
  sparkline?: readonly number[];
  /** Where the KPI's chart is; the name links there. */
  href?: string;
}

export interface KpiSummaryTableProps {
  caption: string;
  captionSize?: 's' | 'm' | 'l';
  captionHidden?: boolean;
  rows: KpiSummaryTableRow[];
  /** Show a sparkline column (rows without a series show none). */
  sparklines?: boolean;
  /**
   * Renders the link to a row's chart; by default an `<a href>`. Pass your router's link here,
   * e.g. `(row, name) => <Link to={row.href}>{name}</Link>`.
   */
  renderLink?: (row: KpiSummaryTableRow, name: ReactNode) => ReactNode;
  /** How the latest period reads (default "3 Mar 2025"). */
  formatPeriodLabel?: (period: string) => string;
  /** Less padding, for a compact summary on a home page. */
  compact?: boolean;
  /** Icon size in pixels (default 40). */
  iconSize?: number;
  emptyMessage?: ReactNode;
  id?: string;
}

const column = createDataTableColumnHelper<KpiSummaryTableRow>();

function defaultLink(row: KpiSummaryTableRow, name: ReactNode): ReactNode {
  return row.href ? (
    <a className="nhsuk-link" href={row.href}>
      {name}
    </a>
  ) : (
    name
  );
}

/**
 * The Making Data Count summary of a set of KPIs, on DataTable: each KPI with its latest value in
 * its unit, its target, its variation and assurance icons (with their meanings as text), and
 * optionally a sparkline; the KPI's name links to its chart. Sortable by KPI name.
 */
export function KpiSummaryTable(props: KpiSummaryTableProps) {
  const {
    caption,
    captionSize = 'm',
    captionHidden = false,
    rows,
    sparklines = false,
    renderLink = defaultLink,
    formatPeriodLabel = formatPeriod,
    compact = false,
    iconSize = 40,
    emptyMessage = <p>There is no KPI data for this period.</p>,
  } = props;

  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('name', {
          header: 'KPI',
          meta: { rowHeader: true },
          cell: (info) => {
            const row = info.row.original;
            return (
              <>
                {renderLink(row, row.name)}
                {row.qualifier && <span className="nhsuk-body-s nhsuk-u-secondary-text-colour" style={{ display: 'block', marginBottom: 0 }}>{row.qualifier}</span>}
              </>
            );
          },
        }),
        column.accessor((row) => row.latest?.value ?? null, {
          id: 'latest',
          header: 'Latest',
          enableSorting: false,
          meta: { numeric: true },
          cell: (info) => {
            const row = info.row.original;
            if (!row.latest || row.latest.value === null) return 'No data';
            return (
              <>
                <span style={{ whiteSpace: 'nowrap' }}>{formatKpiValue(row.latest.value, row.unit)}</span>
                <span className="nhsuk-body-s nhsuk-u-secondary-text-colour" style={{ display: 'block', marginBottom: 0, whiteSpace: 'nowrap' }}>
                  {formatPeriodLabel(row.latest.period)}
                </span>
              </>
            );
          },
        }),
        column.accessor('target', {
          header: 'Target',
          enableSorting: false,
          meta: { numeric: true },
          cell: (info) => {
            const row = info.row.original;
            if (row.target === null) return <span className="nhsuk-u-secondary-text-colour">None set</span>;
            return (
              <>
                <span style={{ whiteSpace: 'nowrap' }}>{formatKpiValue(row.target, row.unit)}</span>
                {row.targetStatus === 'unverified' && (
                  <span className="nhsuk-body-s nhsuk-u-secondary-text-colour" style={{ display: 'block', marginBottom: 0, whiteSpace: 'nowrap' }}>
                    Local default
                  </span>
                )}
              </>
            );
          },
        }),
        column.accessor('variationIcon', {
          header: 'Variation',
          enableSorting: false,
          cell: (info) => {
            const icon = info.getValue();
            return icon ? <VariationIcon icon={icon} size={iconSize} /> : <span className="nhsuk-u-secondary-text-colour">Too few points</span>;
          },
        }),
        column.accessor('assuranceIcon', {
          header: 'Assurance',
          enableSorting: false,
          cell: (info) => {
            const icon = info.getValue();
            return icon ? <AssuranceIcon icon={icon} size={iconSize} /> : <span className="nhsuk-u-secondary-text-colour">No target</span>;
          },
        }),
        ...(sparklines
          ? [
              column.display({
                id: 'trend',
                header: 'Trend',
                cell: (info) => {
                  const series = info.row.original.sparkline;
                  return series && series.length > 1 ? <Sparkline values={series} /> : null;
                },
              }),
            ]
          : []),
      ]),
    [renderLink, formatPeriodLabel, iconSize, sparklines],
  );

  return (
    <DataTable
      caption={caption}
      captionSize={captionSize}
      captionHidden={captionHidden}
      columns={columns}
      data={rows}
      getRowId={(row) => row.id}
      compact={compact}
      emptyMessage={emptyMessage}
      id={props.id}
    />
  );
}

