import type { PersonRecordDto } from '@recordroom/contracts';
import { Select } from '@recordroom/ui';
import { useState } from 'react';
import { formatDate } from '../../../format/format-date';
import { useRecordAppraisal, useRecordTraining } from '../hooks/use-team';
import { ChangeProblem, fieldError } from './change-problem';
import { DateField } from './date-field';
import { StatusTag } from './status-tag';

/** Training and appraisal: each course's status and renewal date, the appraisal due date, and recording either. */
export function TrainingTab({ record }: { record: PersonRecordDto }) {
  const required = record.training.filter((t) => t.required);
  const [courseId, setCourseId] = useState(required[0]?.courseId ?? '');
  const [completedOn, setCompletedOn] = useState('');
  const [appraisedOn, setAppraisedOn] = useState('');
  const training = useRecordTraining();
  const appraisal = useRecordAppraisal();
  return (
    <>
      <h2>Mandatory training</h2>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Mandatory training</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">Course</th>
            <th scope="col" className="nhsuk-table__header">Status</th>
            <th scope="col" className="nhsuk-table__header">Last completed</th>
            <th scope="col" className="nhsuk-table__header">Renewal due</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {required.map((t) => (
            <tr key={t.courseId} className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__header">{t.courseName}</th>
              <td className="nhsuk-table__cell"><StatusTag status={t.status} /></td>
              <td className="nhsuk-table__cell">{t.completedOn ? formatDate(t.completedOn) : 'Never'}</td>
              <td className="nhsuk-table__cell">{t.dueOn ? formatDate(t.dueOn) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {record.mayChange && (
        <form noValidate aria-labelledby="record-training-heading" onSubmit={(event) => { event.preventDefault(); training.mutate({ staffId: record.id, body: { courseId, completedOn } }, { onSuccess: () => setCompletedOn('') }); }}>
          <h3 id="record-training-heading">Record a completion</h3>
          <ChangeProblem error={training.error} fieldIds={{ completedOn: 'training-completed' }} />
          <Select id="training-course" label="Course" value={courseId} onChange={setCourseId} options={required.map((t) => ({ value: t.courseId, label: t.courseName }))} />
          <DateField id="training-completed" label="Completed on" value={completedOn} onChange={setCompletedOn} error={fieldError(training.error, 'completedOn')} />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={training.isPending}>Record completion</button>
        </form>
      )}
      <h2>Appraisal</h2>
      <p>
        <StatusTag status={record.appraisal.status} /> Next due {formatDate(record.appraisal.dueOn)}
        {record.appraisal.lastAppraisalOn ? `; last held ${formatDate(record.appraisal.lastAppraisalOn)}` : '; none held yet'}.
      </p>
      {record.mayChange && (
        <form noValidate aria-labelledby="record-appraisal-heading" onSubmit={(event) => { event.preventDefault(); appraisal.mutate({ staffId: record.id, body: { completedOn: appraisedOn } }, { onSuccess: () => setAppraisedOn('') }); }}>
          <h3 id="record-appraisal-heading">Record an appraisal</h3>
          <ChangeProblem error={appraisal.error} fieldIds={{ completedOn: 'appraisal-on' }} />
          <DateField id="appraisal-on" label="Held on" value={appraisedOn} onChange={setAppraisedOn} error={fieldError(appraisal.error, 'completedOn')} />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={appraisal.isPending}>Record appraisal</button>
        </form>
      )}
    </>
  );
}
