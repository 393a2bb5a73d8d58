import type { ComplianceRowDto, TeamComplianceDto } from '@recordroom/contracts';
import { createDataTableColumnHelper, DataTable, KeyFigure, KeyFigureGroup, Select, TextInput, type ColumnFiltersState, type DataTableColumn, type SortingState } from '@recordroom/ui';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../format/format-date';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { complianceCsv } from '../compliance-csv';
import { useCompliance } from '../hooks/use-team';
import { StatusTag } from './status-tag';

const column = createDataTableColumnHelper<ComplianceRowDto>();

const percent = (value: number | null): string => (value === null ? 'Nothing required' : `${value}%`);

function columnsFor(table: TeamComplianceDto): DataTableColumn<ComplianceRowDto>[] {
  return column.columns([
    column.accessor('displayName', { header: 'Name', meta: { rowHeader: true }, cell: (info) => <Link to={`/team/${encodeURIComponent(info.row.original.staffId)}?tab=training`}>{info.getValue()}</Link> }),
    column.accessor((row) => row.teamName ?? 'No team', { id: 'team', header: 'Team', filterFn: 'equalsString' }),
    column.accessor((row) => row.percent ?? -1, { id: 'percent', header: 'Training in date', meta: { numeric: true }, cell: (info) => percent(info.row.original.percent) }),
    ...table.courses.map((course) =>
      column.accessor((row) => row.courses[course.id]?.status ?? 'not required', {
        id: `course-${course.id}`,
        header: course.name,
        cell: (info) => (info.getValue() === 'not required' ? <span className="nhsuk-body-s">Not required</span> : <StatusTag status={info.getValue()} />),
      }),
    ),
    column.accessor((row) => row.appraisal.status, { id: 'appraisal', header: 'Appraisal', cell: (info) => <StatusTag status={info.row.original.appraisal.status} /> }),
    column.accessor((row) => row.dbs.status, { id: 'dbs', header: 'DBS', cell: (info) => <StatusTag status={info.row.original.dbs.status} /> }),
  ]);
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** /team/compliance: mandatory training, appraisal and DBS for everyone in the caller's team, sortable, filterable and exportable. */
export function CompliancePage() {
  usePageTitle('Team compliance');
  const compliance = useCompliance();
  const [search, setSearch] = useState('');
  const [team, setTeam] = useState('');
  const [sorting, setSorting] = useState<SortingState>([{ id: 'percent', desc: false }]);
  const columns = useMemo(() => (compliance.data ? columnsFor(compliance.data) : []), [compliance.data]);
  if (compliance.isPending) return <LoadingMessage>Loading compliance…</LoadingMessage>;
  if (compliance.isError) return <ProblemMessage error={compliance.error} what="compliance" onRetry={() => void compliance.refetch()} />;
  const data = compliance.data;
  const teams = [...new Set(data.rows.map((r) => r.teamName ?? 'No team'))].sort();
  const columnFilters: ColumnFiltersState = team === '' ? [] : [{ id: 'team', value: team }];
  // The export holds what the table shows: the same filters, in the same order.
  const shown = data.rows.filter((r) => (team === '' || (r.teamName ?? 'No team') === team) && (search === '' || JSON.stringify(Object.values(r)).toLowerCase().includes(search.toLowerCase())));
  const sort = sorting[0];
  const sortedShown = sort?.id === 'displayName' ? [...shown].sort((a, b) => a.displayName.localeCompare(b.displayName) * (sort.desc ? -1 : 1)) : sort?.id === 'percent' ? [...shown].sort((a, b) => ((a.percent ?? -1) - (b.percent ?? -1)) * (sort.desc ? -1 : 1)) : shown;
  return (
    <>
      <h1>Team compliance</h1>
      <p className="nhsuk-lede-text">Mandatory training (data security awareness every year), appraisals and DBS checks, as on {formatDate(data.today)}.</p>
      <KeyFigureGroup columns={3}>
        <KeyFigure headingLevel={2} label="Training in date" value={percent(data.overall.percent)} description={`${data.overall.numerator} of ${data.overall.denominator} required courses`} />
        {data.byTeam.slice(0, 2).map((t) => (
          <KeyFigure key={t.teamId ?? 'none'} headingLevel={2} label={t.teamName} value={percent(t.percent)} description={`${t.numerator} of ${t.denominator}`} />
        ))}
      </KeyFigureGroup>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <TextInput id="compliance-search" label="Search" hint="A name, team or status" value={search} onChange={setSearch} type="search" />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <Select id="compliance-team" label="Team" value={team} onChange={setTeam} options={[{ value: '', label: 'All teams' }, ...teams.map((t) => ({ value: t, label: t }))]} />
        </div>
      </div>
      <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => download(complianceCsv(data, sortedShown), `team-compliance-${data.today}.csv`)}>
        Export as CSV
      </button>
      <DataTable
        caption="Compliance by person"
        columns={columns}
        data={data.rows}
        getRowId={(row) => row.staffId}
        sorting={sorting}
        onSortingChange={setSorting}
        globalFilter={search}
        columnFilters={columnFilters}
        emptyMessage="Nobody matches the search."
        compact
      />
    </>
  );
}
