import { Link } from 'react-router';
import { formatDate } from '../../../format/format-date';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { useMyShifts } from '../hooks/use-my-rota';
import { shiftWeeks } from '../my-shift-weeks';
import { dayAndMonth, weekdayName } from '../rota-labels';

/** My shifts from published rotas over the next weeks: a week-by-week calendar, then the list. */
export function MyShiftsSection({ from, to }: { from: string; to: string }) {
  const shifts = useMyShifts(from, to);
  return (
    <section aria-labelledby="my-shifts-heading">
      <h2 id="my-shifts-heading">My shifts</h2>
      <p>
        Shifts from published rotas, {formatDate(from)} to {formatDate(to)}. A rota appears here once your manager publishes it.
      </p>
      {shifts.isPending && <LoadingMessage>Loading your shifts…</LoadingMessage>}
      {shifts.isError && <ProblemMessage error={shifts.error} what="list of your shifts" onRetry={() => void shifts.refetch()} />}
      {shifts.data &&
        (shifts.data.length === 0 ? (
          <p>You have no shifts on a published rota in these weeks.</p>
        ) : (
          <>
            <table className="nhsuk-table app-my-calendar">
              <caption className="nhsuk-table__caption nhsuk-table__caption--s">Calendar, week by week</caption>
              <thead className="nhsuk-table__head">
                <tr>
                  <th scope="col">Week of</th>
                  {['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d) => (
                    <th key={d} scope="col">
                      {d}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {shiftWeeks(shifts.data, from, to).map((week) => (
                  <tr key={week[0]?.date}>
                    <th scope="row" className="app-nowrap">
                      {dayAndMonth(week[0]?.date ?? from).slice(4)}
                    </th>
                    {week.map((day) => (
                      <td key={day.date} className={day.date < from || day.date > to ? 'app-my-calendar__outside' : undefined}>
                        <span className="app-my-calendar__day">{Number(day.date.slice(8, 10))}</span>
                        {day.shifts.map((s, index) => (
                          <span key={index} className="app-my-calendar__shift">
                            <strong>{s.shiftTypeCode}</strong> {s.start}
                          </span>
                        ))}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption nhsuk-table__caption--s">Every shift</caption>
              <thead className="nhsuk-table__head">
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Shift</th>
                  <th scope="col">Time</th>
                  <th scope="col">Where</th>
                  <th scope="col">
                    <span className="nhsuk-u-visually-hidden">Swap</span>
                  </th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {shifts.data.map((s) => (
                  <tr key={s.assignmentId}>
                    <th scope="row" className="app-nowrap">
                      {weekdayName(s.date)} {formatDate(s.date)}
                    </th>
                    <td>
                      {s.shiftTypeName} ({s.shiftTypeCode})
                    </td>
                    <td className="app-nowrap">
                      {s.start} to {s.end}
                      {s.endsNextDay ? ' next day' : ''}
                    </td>
                    <td>{s.locationName}</td>
                    <td className="app-nowrap">
                      {s.offerable && (
                        <Link to={`/my-rota/swap/${encodeURIComponent(s.assignmentId)}`}>
                          Swap this shift<span className="nhsuk-u-visually-hidden"> on {formatDate(s.date)}</span>
                        </Link>
                      )}
                      {s.swapPending && 'Swap asked for'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ))}
    </section>
  );
}
