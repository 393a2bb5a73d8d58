import type { WhoIsOffDto } from '@recordroom/contracts';
import { addDays, type IsoDate } from '@recordroom/calendar';
import { trustToday } from '../../../format/trust-today';
import { useState } from 'react';
import { formatDate, formatShortDate } from '../../../format/format-date';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { useWhoIsOff } from '../hooks/use-team';
import { ABSENCE_KIND_LABELS } from '../team-vocabulary';

const DAYS = 28;

/** The Monday of the week holding `date`. */
function mondayOf(date: IsoDate): IsoDate {
  const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** What the person is off for on the day; open sickness only up to today. */
function offOn(off: WhoIsOffDto, staffId: string, day: IsoDate): WhoIsOffDto['entries'][number] | undefined {
  return off.entries.find((e) => e.staffId === staffId && e.startDate <= day && (e.endDate ?? off.today) >= day);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** /team/off: four weeks of who in the team is off, and why in one word (never a sickness reason). */
export function WhoIsOffPage() {
  usePageTitle('Who is off');
  // The department works on London time; "today" is the London date, not the browser's.
  const [from, setFrom] = useState<IsoDate>(() => mondayOf(trustToday()));
  const to = addDays(from, DAYS - 1);
  const off = useWhoIsOff(from, to);
  const days = Array.from({ length: DAYS }, (_, i) => addDays(from, i));
  return (
    <>
      <h1>Who is off</h1>
      <p className="nhsuk-lede-text">
        {formatDate(from)} to {formatDate(to)}: leave (approved, or waiting for a decision) and sickness.
      </p>
      <div className="nhsuk-button-group">
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setFrom(addDays(from, -DAYS))}>Previous 4 weeks</button>
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setFrom(addDays(from, DAYS))}>Next 4 weeks</button>
      </div>
      {off.isPending && <LoadingMessage>Loading…</LoadingMessage>}
      {off.isError && <ProblemMessage error={off.error} what="calendar" onRetry={() => void off.refetch()} />}
      {off.data && (
        <div className="nhsuk-table-container" role="region" aria-labelledby="who-is-off-caption" tabIndex={0}>
          <table className="nhsuk-table app-who-is-off">
            <caption id="who-is-off-caption" className="nhsuk-table__caption nhsuk-table__caption--m">Who is off, by day</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">Name</th>
                {days.map((day) => (
                  <th key={day} scope="col" className="nhsuk-table__header app-who-is-off__day">
                    <abbr title={formatShortDate(day)}>
                      {WEEKDAYS[new Date(`${day}T12:00:00Z`).getUTCDay()]}
                      <br />
                      {Number(day.slice(8))}
                    </abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {off.data.people.map((person) => (
                <tr key={person.staffId} className="nhsuk-table__row">
                  <th scope="row" className="nhsuk-table__header">{person.displayName}</th>
                  {days.map((day) => {
                    const entry = offOn(off.data, person.staffId, day);
                    const label = entry ? `${ABSENCE_KIND_LABELS[entry.kind] ?? entry.kind}${entry.status === 'requested' ? ' (asked)' : ''}` : '';
                    return (
                      <td key={day} className={`nhsuk-table__cell app-who-is-off__cell${entry ? ` app-who-is-off__cell--${entry.kind}` : ''}`}>
                        {entry ? <abbr title={label}>{entry.kind === 'sickness' ? 'S' : entry.kind === 'annual-leave' ? 'AL' : 'O'}</abbr> : ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="nhsuk-body-s">AL: annual leave; S: sick; O: other leave (training, study, special).</p>
    </>
  );
}
