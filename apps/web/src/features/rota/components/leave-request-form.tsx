import { DateInput, ErrorSummary, Radios, TextInput, type ErrorSummaryItem } from '@recordroom/ui';
import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { placeFieldErrors } from '../../../api/place-field-errors';
import { EMPTY_LEAVE_FORM, LEAVE_FIELDS, leaveFieldAnchor, readLeaveForm, REQUESTABLE_KINDS, type LeaveFormErrors, type LeaveFormValues } from '../leave-form';
import { useRequestLeave } from '../hooks/use-my-rota';
import { ABSENCE_CODES } from '../rota-labels';

const kindOptions = REQUESTABLE_KINDS.map((kind) => ({ value: kind, label: ABSENCE_CODES[kind].words }));

/** Asking for leave: the NHS.UK question pattern with an error summary naming each field. */
export function LeaveRequestForm({ today, onRequested }: { today: string; onRequested: (message: string) => void }) {
  const [values, setValues] = useState<LeaveFormValues>(EMPTY_LEAVE_FORM);
  const [formErrors, setFormErrors] = useState<LeaveFormErrors>({});
  const request = useRequestLeave();
  const fieldProblem = isApiError(request.error, 422) || isApiError(request.error, 400) ? request.error : null;
  const fromApi = fieldProblem ? placeFieldErrors(fieldProblem.fieldErrors, LEAVE_FIELDS) : null;
  const errors: LeaveFormErrors = { ...fromApi?.inline, ...formErrors };
  const other = [...(fromApi?.other ?? []), ...(fieldProblem && fromApi && fieldProblem.fieldErrors.length === 0 ? [fieldProblem.detail ?? fieldProblem.title] : [])];
  const failed = request.isError && !fieldProblem ? 'Your request was not sent. Try again later.' : null;
  const summary: ErrorSummaryItem[] = [
    ...LEAVE_FIELDS.flatMap((field) => {
      const text = errors[field];
      return text ? [{ fieldId: leaveFieldAnchor(field), text }] : [];
    }),
    ...other.map((text) => ({ text })),
    ...(failed ? [{ text: failed }] : []),
  ];
  const set =
    <K extends keyof LeaveFormValues>(field: K) =>
    (value: LeaveFormValues[K]) =>
      setValues((current) => ({ ...current, [field]: value }));

  return (
    <form
      noValidate
      aria-labelledby="request-leave-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const { body, errors: found } = readLeaveForm(values, today);
        setFormErrors(found);
        request.reset();
        if (!body) return;
        request.mutate(body, {
          onSuccess: () => {
            setValues(EMPTY_LEAVE_FORM);
            onRequested('Your leave request has been sent to your line manager');
          },
        });
      }}
    >
      <h3 id="request-leave-heading">Request leave</h3>
      <ErrorSummary errors={summary} />
      <Radios id="kind" legend="What kind of leave?" value={values.kind} onChange={set('kind')} options={kindOptions} error={errors.kind} />
      <DateInput id="startDate" legend="First day of leave" hint="For example, 27 3 2026" value={values.startDate} onChange={set('startDate')} error={errors.startDate} />
      <DateInput id="endDate" legend="Last day of leave" hint="The same as the first day for a single day" value={values.endDate} onChange={set('endDate')} error={errors.endDate} />
      <TextInput id="note" label="Note for your line manager (optional)" value={values.note} onChange={set('note')} error={errors.note} />
      <button className="nhsuk-button" type="submit" disabled={request.isPending}>
        {request.isPending ? 'Sending…' : 'Send request'}
      </button>
    </form>
  );
}
