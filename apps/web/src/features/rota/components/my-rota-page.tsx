import { addDays } from '@recordroom/calendar';
import { trustToday } from '../../../format/trust-today';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { SuccessBanner } from '../../../shell/components/success-banner';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { PayViewSection } from '../../pay/components/pay-view-section';
import '../rota-planner.css';
import { CalendarFeedSection } from './calendar-feed-section';
import { MyLeaveSection } from './my-leave-section';
import { MyShiftsSection } from './my-shifts-section';
import { MySwapsSection } from './my-swaps-section';

/** How far ahead "my shifts" looks: six weeks, the length of the longest usual rota period. */
const WEEKS_AHEAD = 6;

function doneFrom(state: unknown): string | null {
  return typeof state === 'object' && state !== null && 'done' in state && typeof state.done === 'string' ? state.done : null;
}

/** /my-rota: my shifts (each offerable in a swap), my swaps, my leave, my calendar feed and my pay. */
export function MyRotaPage() {
  usePageTitle('My rota');
  const user = useSignedInUser();
  // The department works on London time; "today" is the London date, not the browser's.
  const [today] = useState(() => trustToday());
  // A swap request sent from its own page comes back here with what was done.
  const location = useLocation();
  const [done, setDone] = useState<string | null>(() => doneFrom(location.state));
  if (user.staffMemberId === null) {
    return (
      <>
        <h1>My rota</h1>
        <p>Your account is not linked to a staff record, so there are no shifts to show. Ask an administrator to link it.</p>
      </>
    );
  }
  return (
    <>
      {done && <SuccessBanner key={done} heading={done} />}
      <h1>
        <span className="nhsuk-caption-l">{user.displayName}</span>
        My rota
      </h1>
      <MyShiftsSection from={today} to={addDays(today, WEEKS_AHEAD * 7 - 1)} />
      <MySwapsSection staffId={user.staffMemberId} onDone={setDone} />
      <MyLeaveSection today={today} onDone={setDone} />
      <CalendarFeedSection />
      <PayViewSection staffId={null} whose="My" />
    </>
  );
}
