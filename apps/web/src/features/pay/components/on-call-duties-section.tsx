import type { OnCallDutyOfPeriodDto } from '@recordroom/contracts';
import { formatDuration } from '@recordroom/rota';
import { ErrorSummary, Select, TextInput, type ErrorSummaryItem } from '@recordroom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { TRUST_TIME_ZONE } from '../../../format/trust-today';
import { dayAndMonth } from '../../rota/rota-labels';
import { createCallOut } from '../api/pay-api';
import { payQueryKeys } from '../api/pay-query-keys';

const londonClock = (instant: Date): string => instant.toLocaleTimeString('en-GB', { timeZone: TRUST_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * The instant inside the duty whose London wall clock reads `hhmm`: counted on from the duty's
 * start, then checked against the wall clock (a night the clocks change moves it an hour).
 */
export function instantInDuty(duty: Pick<OnCallDutyOfPeriodDto, 'startAt' | 'endAt'>, hhmm: string): Date | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm.trim());
  if (!match) return null;
  const start = new Date(duty.startAt);
  const end = new Date(duty.endAt);
  const [h, m] = londonClock(start).split(':').map(Number);
  const wanted = Number(match[1]) * 60 + Number(match[2]);
  const after = (wanted - ((h ?? 0) * 60 + (m ?? 0)) + 1440) % 1440;
  for (const shift of [0, -60, 60]) {
    const candidate = new Date(start.getTime() + (after + shift) * 60_000);
    if (candidate >= start && candidate < end && londonClock(candidate) === hhmm.trim()) return candidate;
  }
  return null;
}

interface OnCallDutiesSectionProps {
  duties: readonly OnCallDutyOfPeriodDto[];
  /** Admins and managers log call-outs; senior management reads. */
  canLog: boolean;
}

/** The period's on-call duties with the call-outs logged against them, and a form to log one: when it started and how long it took. */
export function OnCallDutiesSection({ duties, canLog }: OnCallDutiesSectionProps) {
  const queryClient = useQueryClient();
  const [dutyId, setDutyId] = useState(duties[0]?.assignmentId ?? '');
  const [start, setStart] = useState('');
  const [minutes, setMinutes] = useState('');
  const [note, setNote] = useState('');
  const [formErrors, setFormErrors] = useState<{ start?: string; minutes?: string }>({});
  const log = useMutation({ mutationFn: createCallOut, onSuccess: async () => queryClient.invalidateQueries({ queryKey: payQueryKeys.all }) });
  const duty = duties.find((d) => d.assignmentId === dutyId);
  if (duties.length === 0) return null;

  const fromApi = isApiError(log.error, 422) || isApiError(log.error, 400) ? log.error.fieldErrors.map((e) => ({ text: `${e.field === 'end' ? 'The end' : e.field === 'start' ? 'The start' : 'The duty'} ${e.message}` })) : [];
  const summary: ErrorSummaryItem[] = [
    ...(formErrors.start ? [{ fieldId: 'call-out-start', text: formErrors.start }] : []),
    ...(formErrors.minutes ? [{ fieldId: 'call-out-minutes', text: formErrors.minutes }] : []),
    ...fromApi,
    ...(log.isError && fromApi.length === 0 ? [{ text: log.error.message }] : []),
  ];
  return (
    <section aria-labelledby="on-call-heading" className="nhsuk-u-margin-top-4">
      <h3 id="on-call-heading" className="nhsuk-heading-s">
        On-call duties
      </h3>
      <ul className="nhsuk-list nhsuk-body-s">
        {duties.map((d) => (
          <li key={d.assignmentId}>
            {dayAndMonth(d.date)} {d.shiftTypeName}, {d.staffName}
            {d.callOuts.length === 0 ? ': not called out' : `: called out ${d.callOuts.map((c) => `${londonClock(new Date(c.start))} for ${formatDuration(c.minutes)}`).join(', ')}`}
          </li>
        ))}
      </ul>
      {canLog && duty && (
        <form
          noValidate
          aria-labelledby="call-out-heading"
          onSubmit={(event) => {
            event.preventDefault();
            log.reset();
            const found: { start?: string; minutes?: string } = {};
            const at = instantInDuty(duty, start);
            if (!at) found.start = `Enter when the call-out started as a time on the 24-hour clock within the duty, ${londonClock(new Date(duty.startAt))} to ${londonClock(new Date(duty.endAt))}`;
            const worked = /^\d{1,3}$/.test(minutes.trim()) ? Number(minutes.trim()) : 0;
            if (worked < 1) found.minutes = 'Enter the minutes worked, like 45';
            setFormErrors(found);
            if (!at || worked < 1) return;
            log.mutate({ assignmentId: duty.assignmentId, start: at.toISOString(), end: new Date(at.getTime() + worked * 60_000).toISOString(), note: note.trim() }, { onSuccess: () => { setStart(''); setMinutes(''); setNote(''); } });
          }}
        >
          <h4 id="call-out-heading" className="nhsuk-heading-xs">
            Log a call-out
          </h4>
          <ErrorSummary errors={summary} />
          <Select id="call-out-duty" label="On-call duty" value={dutyId} onChange={setDutyId} options={duties.map((d) => ({ value: d.assignmentId, label: `${dayAndMonth(d.date)} ${d.shiftTypeName}, ${d.staffName}` }))} />
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-one-half">
              <TextInput id="call-out-start" label="Started at" hint="24-hour clock, like 21:40" width={5} value={start} onChange={setStart} error={formErrors.start} />
            </div>
            <div className="nhsuk-grid-column-one-half">
              <TextInput id="call-out-minutes" label="Minutes worked" inputMode="numeric" width={3} value={minutes} onChange={setMinutes} error={formErrors.minutes} />
            </div>
          </div>
          <TextInput id="call-out-note" label="Note (optional)" value={note} onChange={setNote} />
          <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={log.isPending}>
            {log.isPending ? 'Logging…' : 'Log the call-out'}
          </button>
        </form>
      )}
    </section>
  );
}
