import type { EstablishmentRowDto } from '@recordroom/contracts';
import { bandRank } from '@recordroom/people';
import { createDataTableColumnHelper } from '@recordroom/ui';
import { formatPence } from '../../format/format-pence';
import { bandLabel, wteLabel } from './pay-vocabulary';

const column = createDataTableColumnHelper<EstablishmentRowDto>();

/** The establishment table's columns: every one sortable in the browser (a department has tens of rows). */
export const establishmentColumns = column.columns([
  column.accessor('costCentre', { id: 'costCentre', header: 'Cost centre', meta: { rowHeader: true } }),
  column.accessor((row) => bandRank(row.band), { id: 'band', header: 'Band', cell: (info) => <span className="app-nowrap">{bandLabel(info.row.original.band)}</span> }),
  column.accessor('fundedWte', { id: 'fundedWte', header: 'Funded WTE', meta: { numeric: true }, cell: (info) => wteLabel(info.getValue()) }),
  column.accessor('inPostWte', { id: 'inPostWte', header: 'In post WTE', meta: { numeric: true }, cell: (info) => wteLabel(info.getValue()) }),
  column.accessor('vacancyWte', {
    id: 'vacancyWte',
    header: 'Vacant WTE',
    meta: { numeric: true },
    cell: (info) => (info.getValue() < 0 ? `${wteLabel(-info.getValue())} over` : wteLabel(info.getValue())),
  }),
  column.accessor('budgetPence', { id: 'budgetPence', header: 'Budget', meta: { numeric: true }, cell: (info) => formatPence(info.getValue()) }),
  column.accessor('inPostFullYearCostPence', { id: 'inPostFullYearCostPence', header: 'In-post cost, full year', meta: { numeric: true }, cell: (info) => formatPence(info.getValue()) }),
  column.accessor('headroomPence', {
    id: 'headroomPence',
    header: 'Headroom',
    meta: { numeric: true },
    cell: (info) => <span className={info.getValue() < 0 ? 'app-pay-over' : undefined}>{info.getValue() < 0 ? `${formatPence(-info.getValue())} over` : formatPence(info.getValue())}</span>,
  }),
]);
