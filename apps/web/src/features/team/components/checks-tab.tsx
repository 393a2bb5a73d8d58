import type { PersonRecordDto } from '@recordroom/contracts';
import { useState } from 'react';
import { formatDate } from '../../../format/format-date';
import { usePutCheck } from '../hooks/use-team';
import { CHECK_LABELS } from '../team-vocabulary';
import { ChangeProblem, fieldError } from './change-problem';
import { DateField } from './date-field';
import { StatusTag } from './status-tag';

/** Checks: DBS (renewed under the department's policy), right to work and probation, and recording a DBS check. */
export function ChecksTab({ record }: { record: PersonRecordDto }) {
  const [checkedOn, setCheckedOn] = useState('');
  const put = usePutCheck();
  const dbs = record.checks.find((c) => c.kind === 'dbs');
  return (
    <>
      <h2>Checks</h2>
      <dl className="nhsuk-summary-list">
        {record.checks.map((check) => (
          <div key={check.kind} className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{CHECK_LABELS[check.kind]}</dt>
            <dd className="nhsuk-summary-list__value">
              <StatusTag status={check.status} />
              {check.checkedOn && ` checked ${formatDate(check.checkedOn)}`}
              {check.startDate && ` from ${formatDate(check.startDate)}`}
              {check.dueOn && `; ${check.kind === 'probation' ? 'ends' : check.kind === 'dbs' ? 'renewal due' : 'permission ends'} ${formatDate(check.dueOn)}`}
            </dd>
          </div>
        ))}
      </dl>
      {record.mayChange && (
        <form
          noValidate
          aria-labelledby="record-dbs-heading"
          onSubmit={(event) => {
            event.preventDefault();
            put.mutate({ staffId: record.id, body: { kind: 'dbs', checkedOn, ...(dbs?.checkedOn && dbs.version !== null ? { version: dbs.version } : {}) } }, { onSuccess: () => setCheckedOn('') });
          }}
        >
          <h3 id="record-dbs-heading">Record a DBS check</h3>
          <ChangeProblem error={put.error} fieldIds={{ checkedOn: 'dbs-checked' }} />
          <DateField id="dbs-checked" label="Checked on" value={checkedOn} onChange={setCheckedOn} error={fieldError(put.error, 'checkedOn')} />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={put.isPending}>Record DBS check</button>
        </form>
      )}
    </>
  );
}
