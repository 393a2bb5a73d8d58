import type { AbsenceDto } from '@recordroom/contracts';
import { Tag, type TagColour } from '@recordroom/ui';
import { formatDate } from '../../../format/format-date';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { useCancelLeave, useMyAbsences } from '../hooks/use-my-rota';
import { ABSENCE_CODES } from '../rota-labels';
import { LeaveRequestForm } from './leave-request-form';
import { RotaChangeProblem } from './rota-change-problem';

const STATUS_TAGS: Record<AbsenceDto['status'], { text: string; colour: TagColour }> = {
  requested: { text: 'Waiting for a decision', colour: 'yellow' },
  approved: { text: 'Approved', colour: 'green' },
  declined: { text: 'Declined', colour: 'red' },
  cancelled: { text: 'Cancelled', colour: 'grey' },
};

/** My leave: what I asked for and what was decided, cancelling a request, and asking for more. */
export function MyLeaveSection({ today, onDone }: { today: string; onDone: (message: string) => void }) {
  const absences = useMyAbsences();
  const cancel = useCancelLeave();
  return (
    <section aria-labelledby="my-leave-heading">
      <h2 id="my-leave-heading">My leave</h2>
      {absences.isPending && <LoadingMessage>Loading your leave…</LoadingMessage>}
      {absences.isError && <ProblemMessage error={absences.error} what="list of your leave" onRetry={() => void absences.refetch()} />}
      {cancel.isError && <RotaChangeProblem error={cancel.error} refused="Your request was not cancelled" conflictHeading="Someone else has already dealt with or changed this request" conflictText="someone else has already dealt with or changed this request. Reload your requests to see where it stands now." reloadLabel="Reload my requests" onReload={() => void absences.refetch()} reloading={absences.isFetching} />}
      {absences.data &&
        (absences.data.length === 0 ? (
          <p>You have no leave booked or requested.</p>
        ) : (
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-table__caption--s nhsuk-u-visually-hidden">Your leave</caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">Leave</th>
                <th scope="col">Dates</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="nhsuk-u-visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {absences.data.map((a) => {
                const tag = STATUS_TAGS[a.status];
                return (
                  <tr key={a.id}>
                    <th scope="row">{ABSENCE_CODES[a.kind].words}</th>
                    <td>{a.startDate === a.endDate ? formatDate(a.startDate) : `${formatDate(a.startDate)} to ${formatDate(a.endDate)}`}</td>
                    <td>
                      <Tag colour={tag.colour}>{tag.text}</Tag>
                    </td>
                    <td>
                      {a.status === 'requested' && (
                        <button
                          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                          type="button"
                          disabled={cancel.isPending}
                          onClick={() => cancel.mutate({ id: a.id, version: a.version }, { onSuccess: () => onDone('Your leave request is cancelled') })}
                        >
                          Cancel request<span className="nhsuk-u-visually-hidden"> for {formatDate(a.startDate)}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      <LeaveRequestForm today={today} onRequested={onDone} />
    </section>
  );
}
