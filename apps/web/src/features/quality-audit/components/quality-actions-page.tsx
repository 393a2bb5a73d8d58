import { DataTable, Select, TextInput } from '@recordroom/ui';
import { useMemo, useState } from 'react';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { actionColumns, actionsCsv } from '../action-columns';
import { useQualityActions } from '../hooks/use-quality-audit-data';

/** /quality-audits/actions: every action of the department's audits, sortable, filtered by status, overdue and text, exported as CSV. */
export function QualityActionsPage() {
  usePageTitle('Audit actions');
  const actions = useQualityActions();
  const [status, setStatus] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [search, setSearch] = useState('');
  const rows = useMemo(() => {
    const words = search.trim().toLowerCase();
    return (actions.data ?? []).filter((a) => (status === '' || a.status === status) && (!overdueOnly || a.overdue) && (words === '' || `${a.description} ${a.ownerName} ${a.criterionText} ${a.templateName}`.toLowerCase().includes(words)));
  }, [actions.data, status, overdueOnly, search]);
  const csvHref = useMemo(() => URL.createObjectURL(new Blob([actionsCsv(rows)], { type: 'text/csv' })), [rows]);
  const overdueCount = (actions.data ?? []).filter((a) => a.overdue).length;
  return (
    <>
      <h1>Audit actions</h1>
      <p className="nhsuk-lede-text">What failing criteria led to, who owns it and by when. {overdueCount} overdue.</p>
      <div className="app-quality-filters">
        <Select id="action-status" label="Status" value={status} onChange={setStatus} emptyOption="Any status" options={[{ value: 'open', label: 'Open' }, { value: 'in-progress', label: 'In progress' }, { value: 'done', label: 'Done' }]} />
        <TextInput id="action-search" label="Search" value={search} onChange={setSearch} type="search" width={20} />
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
          <div className="nhsuk-checkboxes__item">
            <input className="nhsuk-checkboxes__input" id="action-overdue" type="checkbox" checked={overdueOnly} onChange={(event) => setOverdueOnly(event.target.checked)} />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="action-overdue">
              Overdue only
            </label>
          </div>
        </div>
      </div>
      <p>
        <a href={csvHref} download="audit-actions.csv">
          Download these {rows.length} actions as CSV
        </a>
      </p>
      {actions.isPending && <LoadingMessage>Loading the actions…</LoadingMessage>}
      {actions.isError && <ProblemMessage error={actions.error} what="actions" />}
      {actions.data && <DataTable caption="Actions" captionHidden columns={actionColumns} data={rows} getRowId={(a) => a.id} initialSorting={[{ id: 'dueDate', desc: false }]} rowNoun={{ one: 'action', other: 'actions' }} emptyMessage={<p>No actions match.</p>} />}
    </>
  );
}
