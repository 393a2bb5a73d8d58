import type { StaffMemberDto } from '@recordroom/contracts';
import { createDataTableColumnHelper } from '@recordroom/ui';
import { formatNumber } from '../../format/format-number';
import { DbsCheckDate } from './components/dbs-check-date';
import { StaffNameCell } from './components/staff-name-cell';
import { bandLabel, CONTRACT_TYPE_LABELS } from './staff-vocabulary';

const column = createDataTableColumnHelper<StaffMemberDto>();

/**
 * The staff directory's columns. Sortable columns have the id of the API's `sort` value (the
 * server sorts); the others are not sortable. Whole-time equivalent and skills are on the person's
 * page, to keep the table readable on a laptop screen; so is the NHS service start date, though the
 * directory still honours `?sort=nhsServiceStartDate` in its address.
 */
export const directoryColumns = column.columns([
  column.accessor('lastName', {
    id: 'lastName',
    header: 'Name',
    meta: { rowHeader: true },
    cell: (info) => <StaffNameCell id={info.row.original.id} name={info.row.original.displayName} jobTitle={info.row.original.jobTitle} />,
  }),
  column.accessor('employeeNumber', { id: 'employeeNumber', header: 'Employee number' }),
  column.accessor('band', { id: 'band', header: 'Band', cell: (info) => <span className="app-nowrap">{bandLabel(info.getValue())}</span> }),
  column.accessor('teamName', { id: 'teamName', header: 'Team', cell: (info) => info.getValue() ?? 'No team' }),
  column.accessor('contractType', { header: 'Contract', enableSorting: false, cell: (info) => CONTRACT_TYPE_LABELS[info.getValue()] }),
  column.accessor('contractedHoursPerWeek', {
    id: 'contractedHoursPerWeek',
    header: 'Hours a week',
    meta: { numeric: true },
    cell: (info) => formatNumber(info.getValue()),
  }),
  column.accessor('dbsCheckDate', { id: 'dbsCheckDate', header: 'Last DBS check', cell: (info) => <DbsCheckDate date={info.getValue()} /> }),
]);
