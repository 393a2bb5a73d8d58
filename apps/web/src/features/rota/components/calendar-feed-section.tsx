import { Details } from '@recordroom/ui';
import { useState } from 'react';
import { formatDateTime } from '../../../format/format-date';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../hooks/use-my-rota';

/**
 * My shifts as a calendar subscription: the secret address with a copy button, making a new one
 * (the old stops working), switching it off, and how to add it to Outlook, Google and Apple calendars.
 */
export function CalendarFeedSection() {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [copied, setCopied] = useState(false);
  const failed = create.isError || revoke.isError;

  return (
    <section aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading">My shifts in my own calendar</h2>
      <p>Subscribe to your shifts from Outlook, Google Calendar or an iPhone. Your calendar checks for changes by itself, usually every few hours.</p>
      {feed.isPending && <LoadingMessage>Loading your calendar address…</LoadingMessage>}
      {feed.isError && <ProblemMessage error={feed.error} what="calendar address" onRetry={() => void feed.refetch()} />}
      {failed && (
        <div className="nhsuk-error-summary" role="alert">
          <h3 className="nhsuk-error-summary__heading">The calendar address was not changed</h3>
          <div className="nhsuk-error-summary__body">
            <p>Try again later.</p>
          </div>
        </div>
      )}
      {feed.isSuccess &&
        (feed.data === null ? (
          <>
            <p>You do not have a calendar address yet.</p>
            <button className="nhsuk-button" type="button" disabled={create.isPending} onClick={() => create.mutate()}>
              Create my calendar address
            </button>
          </>
        ) : (
          <>
            {feed.data.url === null ? (
              <p>
                You made a calendar address on {formatDateTime(feed.data.createdAt)}. For your security it is shown only once, when it is made. If you did not keep it, make a new
                address: the old one stops working.
              </p>
            ) : (
              <>
                <div className="nhsuk-form-group">
                  <label className="nhsuk-label" htmlFor="calendar-feed-url">
                    Your calendar address
                  </label>
                  <div className="nhsuk-hint" id="calendar-feed-url-hint">
                    Copy it now: it is shown only this once. Keep it private, as anyone with it can see your shifts.
                  </div>
                  <input className="nhsuk-input" id="calendar-feed-url" type="text" readOnly value={feed.data.url} aria-describedby="calendar-feed-url-hint" onFocus={(event) => event.target.select()} />
                </div>
                <button
                  className="nhsuk-button nhsuk-button--secondary"
                  type="button"
                  onClick={() => {
                    void navigator.clipboard?.writeText(feed.data?.url ?? '').then(() => setCopied(true));
                  }}
                >
                  Copy address
                </button>
                <p role="status" className="nhsuk-body-s">
                  {copied ? 'Address copied.' : ''}
                </p>
              </>
            )}
            <div className="nhsuk-button-group">
              <button className="nhsuk-button nhsuk-button--secondary" type="button" disabled={create.isPending} onClick={() => create.mutate()}>
                Make a new address
              </button>
              <button className="nhsuk-button nhsuk-button--warning" type="button" disabled={revoke.isPending} onClick={() => revoke.mutate()}>
                Turn off my calendar address
              </button>
            </div>
            <p>Make a new address if you shared it by mistake or lost a phone: the old address stops working straight away, so add the new one to your calendar.</p>
          </>
        ))}
      <Details summary="How to add it to your calendar">
        <h3 className="nhsuk-heading-xs">Outlook</h3>
        <p>In Calendar, choose Add calendar, then Subscribe from web. Paste the address, give it a name such as “My shifts”, then Import.</p>
        <h3 className="nhsuk-heading-xs">Google Calendar</h3>
        <p>On a computer, next to Other calendars choose +, then From URL. Paste the address and choose Add calendar. It then shows on your phone too.</p>
        <h3 className="nhsuk-heading-xs">iPhone, iPad or Mac</h3>
        <p>On an iPhone, go to Settings, Calendar, Accounts, Add Account, Other, Add Subscribed Calendar, and paste the address. On a Mac, in Calendar choose File, New Calendar Subscription.</p>
      </Details>
    </section>
  );
}
