import type { DbsCheckDueDto, StaffMemberDto, StaffSummaryDto } from '@recordroom/contracts';
import { createDataTableColumnHelper } from '@recordroom/ui';
import { formatNumber } from '../../format/format-number';
import { DbsCheckDate } from '../staff/components/dbs-check-date';
import { StaffNameLink } from '../staff/components/staff-name-link';
import { bandLabel } from '../staff/staff-vocabulary';

type BandRow = StaffSummaryDto['byBand'][number];
type TeamRow = StaffSummaryDto['byTeam'][number];

const band = createDataTableColumnHelper<BandRow>();
export const bandColumns = band.columns([
  // In band order, as the API lists them: a pay structure reads best unsorted.
  band.accessor('band', { header: 'Band', enableSorting: false, meta: { rowHeader: true }, cell: (info) => <span className="app-nowrap">{bandLabel(info.getValue())}</span> }),
  band.accessor('headcount', { header: 'Headcount', enableSorting: false, meta: { numeric: true } }),
  band.accessor('wholeTimeEquivalent', {
    header: 'Whole-time equivalent',
    enableSorting: false,
    meta: { numeric: true },
    cell: (info) => formatNumber(info.getValue()),
  }),
]);

const team = createDataTableColumnHelper<TeamRow>();
export const teamColumns = team.columns([
  team.accessor('teamName', { header: 'Team', meta: { rowHeader: true } }),
  team.accessor('headcount', { header: 'Headcount', meta: { numeric: true } }),
]);

const dbs = createDataTableColumnHelper<DbsCheckDueDto>();
export const dbsDueColumns = dbs.columns([
  dbs.accessor('displayName', {
    header: 'Name',
    meta: { rowHeader: true },
    cell: (info) => <StaffNameLink id={info.row.original.id} name={info.getValue()} />,
  }),
  dbs.accessor('dbsCheckDate', {
    header: 'Last DBS check',
    cell: (info) => <DbsCheckDate date={info.getValue()} />,
  }),
]);

const report = createDataTableColumnHelper<StaffMemberDto>();
export const lineReportColumns = report.columns([
  report.accessor('lastName', {
    header: 'Name',
    meta: { rowHeader: true },
    cell: (info) => <StaffNameLink id={info.row.original.id} name={info.row.original.displayName} />,
  }),
  report.accessor('jobTitle', { header: 'Job title' }),
  report.accessor('band', { header: 'Band', sortFn: 'alphanumeric', cell: (info) => <span className="app-nowrap">{bandLabel(info.getValue())}</span> }),
  report.accessor('contractedHoursPerWeek', { header: 'Hours a week', meta: { numeric: true }, cell: (info) => formatNumber(info.getValue()) }),
  report.accessor('dbsCheckDate', { header: 'Last DBS check', cell: (info) => <DbsCheckDate date={info.getValue()} /> }),
]);
