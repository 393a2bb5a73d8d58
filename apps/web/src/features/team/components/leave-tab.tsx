import type { PersonRecordDto } from '@recordroom/contracts';
import { SummaryList } from '@recordroom/ui';
import { Link } from 'react-router';
import { formatDate } from '../../../format/format-date';
import { formatNumber } from '../../../format/format-number';
import { StatusTag } from './status-tag';

const hours = (value: number): string => `${formatNumber(value)} hours`;

/** Leave: the year's entitlement in hours, carried over, taken, booked and waiting; requests are decided on the leave and swaps page. */
export function LeaveTab({ record }: { record: PersonRecordDto }) {
  const leave = record.leave;
  return (
    <>
      <h2>Annual leave</h2>
      <p>
        Leave year {formatDate(leave.leaveYearStart)} to {formatDate(leave.leaveYearEnd)}, in hours (Agenda for Change, pro rata to contracted hours).
      </p>
      <SummaryList
        rows={[
          { key: 'Annual leave', value: hours(leave.annualLeaveHours) },
          { key: 'Public holidays', value: hours(leave.publicHolidayHours) },
          { key: 'Carried over', value: hours(leave.carriedHours) },
          { key: 'Taken', value: hours(leave.takenHours) },
          { key: 'Booked', value: hours(leave.bookedHours) },
          { key: 'Waiting for approval', value: hours(leave.pendingHours) },
          { key: 'Left to book', value: <strong>{hours(leave.remainingHours)}</strong> },
        ]}
      />
      <h3>Requests this leave year</h3>
      {leave.requests.length === 0 ? (
        <p>No annual leave booked or asked for this leave year.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--border">
          {leave.requests.map((r) => (
            <li key={r.id}>
              {formatDate(r.startDate)} to {formatDate(r.endDate)}, {hours(r.hours)} <StatusTag status={r.status === 'approved' ? 'completed' : 'due-soon'} />
              <span className="nhsuk-u-visually-hidden"> ({r.status})</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/rota-requests">Decide leave requests</Link>
      </p>
    </>
  );
}
