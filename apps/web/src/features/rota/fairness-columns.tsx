import { createDataTableColumnHelper } from '@recordroom/ui';
import { FAIRNESS_CATEGORY_LABELS, type FairnessCategory, type FairnessLedgerEntry, type FairnessStanding } from '@recordroom/rota';
import { formatNumber } from '../../format/format-number';

/** "5 (share 3.2, 1.8 above)": the count, the pro-rata share the rota package expects, and the difference. */
export function describeStanding(standing: FairnessStanding): string {
  if (standing.expected === null || standing.deviation === null) return `${standing.count} (no share)`;
  const deviation = Math.abs(standing.deviation) < 0.05 ? 'fair' : `${formatNumber(Math.abs(standing.deviation), 1)} ${standing.deviation > 0 ? 'above' : 'below'}`;
  return `${standing.count} (share ${formatNumber(standing.expected, 1)}, ${deviation})`;
}

const column = createDataTableColumnHelper<FairnessLedgerEntry>();

function categoryColumn(category: FairnessCategory) {
  const label = FAIRNESS_CATEGORY_LABELS[category].many;
  return column.accessor((entry) => entry.standings[category].deviation ?? Number.NEGATIVE_INFINITY, {
    id: category,
    header: label.charAt(0).toUpperCase() + label.slice(1),
    cell: (info) => {
      const standing = info.row.original.standings[category];
      const above = standing.deviation !== null && standing.deviation >= 1;
      return above ? <strong>{describeStanding(standing)}</strong> : describeStanding(standing);
    },
  });
}

export const fairnessColumns = column.columns([
  column.accessor('name', { header: 'Name', meta: { rowHeader: true } }),
  column.accessor('wte', { header: 'WTE', meta: { numeric: true }, cell: (info) => formatNumber(info.getValue()) }),
  categoryColumn('a-and-e-evenings'),
  categoryColumn('weekends'),
  categoryColumn('public-holidays'),
]);
