import { IMPORT_KINDS, type KpiImportKind } from '@recordroom/contracts';
import { ErrorSummary, Select } from '@recordroom/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { useOrganisation } from '../../organisation/hooks/use-organisation';
import { useUploadImport } from '../hooks/use-upload-import';
import { IMPORT_KIND_LABELS } from '../kpi-vocabulary';
import '../kpi.css';
import { ImportRefused } from './import-refused';
import { ImportResultPanel } from './import-result';
import { RecentImportsTable } from './recent-imports-table';
import { UploadFailureMessage } from './upload-failure-message';
import { UploadProgress } from './upload-progress';

interface FormErrors {
  departmentId?: string;
  file?: string;
}

/** /kpi/import: a manager or admin uploads a tracking-system export (CSV); all of it is imported, or none. */
export function KpiImportPage() {
  const user = useSignedInUser();
  const organisation = useOrganisation();
  const { state, upload, cancel } = useUploadImport();
  const [kind, setKind] = useState<KpiImportKind>('record-requests');
  // Admins choose the department; a manager imports into their own.
  const [departmentId, setDepartmentId] = useState(user.role === 'admin' ? '' : (user.departmentId ?? ''));
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const hasErrors = Object.keys(errors).length > 0;
  usePageTitle('Import KPI events', { error: hasErrors || state.status === 'refused' });
  const busy = state.status === 'uploading' || state.status === 'processing';

  const submit = () => {
    const found: FormErrors = {};
    if (!departmentId) found.departmentId = 'Select the department the events belong to';
    if (!file) found.file = 'Select a CSV file';
    else if (file.size === 0) found.file = 'The selected file is empty';
    setErrors(found);
    if (file && Object.keys(found).length === 0) void upload(kind, departmentId, file);
  };

  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">{user.role === 'admin' ? user.organisationName : (user.departmentName ?? 'Your department')}</span>
        Import KPI events
      </h1>
      <p className="nhsuk-lede-text">Upload an export from the tracking system as a CSV file. Either every line is imported, or none is.</p>

      {hasErrors && (
        <ErrorSummary
          errors={[
            ...(errors.departmentId ? [{ fieldId: 'import-department', text: errors.departmentId }] : []),
            ...(errors.file ? [{ fieldId: 'import-file', text: errors.file }] : []),
          ]}
        />
      )}
      {state.status === 'refused' && <ImportRefused fileName={state.fileName} error={state.error} />}
      {state.status === 'failed' && <UploadFailureMessage error={state.error} fileName={state.fileName} />}
      {state.status === 'imported' && <ImportResultPanel fileName={state.fileName} result={state.result} />}

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Select
          id="import-kind"
          label="What the file holds"
          value={kind}
          onChange={(value) => setKind(value as KpiImportKind)}
          options={IMPORT_KINDS.map((value) => ({ value, label: IMPORT_KIND_LABELS[value] }))}
        />
        {user.role === 'admin' && (
          <Select
            id="import-department"
            label="Department"
            value={departmentId}
            onChange={setDepartmentId}
            error={errors.departmentId}
            options={(organisation.data?.departments ?? []).map((department) => ({ value: department.id, label: department.name }))}
            emptyOption="Select a department"
          />
        )}
        <div className={`nhsuk-form-group${errors.file ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label nhsuk-label--s" htmlFor="import-file">
            CSV file
          </label>
          <div className="nhsuk-hint" id="import-file-hint">
            The first line names the columns, for example <code>external_id, record_id, priority, requesting_location, requested_at, delivered_at, outcome</code>.
            Times are ISO 8601 or <code>YYYY-MM-DD HH:MM</code> UK time. No patient-identifiable data: record ids are pseudonyms.
          </div>
          {errors.file && (
            <span className="nhsuk-error-message" id="import-file-error">
              <span className="nhsuk-u-visually-hidden">Error:</span> {errors.file}
            </span>
          )}
          <input
            className={`nhsuk-file-upload${errors.file ? ' nhsuk-file-upload--error' : ''}`}
            id="import-file"
            name="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`import-file-hint${errors.file ? ' import-file-error' : ''}`}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        {busy ? (
          <UploadProgress state={state} onCancel={cancel} />
        ) : (
          <button className="nhsuk-button" type="submit">
            Upload and import
          </button>
        )}
      </form>

      <RecentImportsTable departmentId={departmentId} />
      <p>
        <Link className="nhsuk-link" to="/kpi">
          Back to the KPI dashboard
        </Link>
      </p>
    </>
  );
}
