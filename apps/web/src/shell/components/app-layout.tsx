import { useRef } from 'react';
import { Outlet, useMatches } from 'react-router';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { useFocusOnNavigation } from '../hooks/use-focus-on-navigation';
import { isRouteHandle } from '../route-handle';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import { Breadcrumbs } from './breadcrumbs';

/** The NHS.UK page template: skip link, header, breadcrumbs, main content, footer. */
export function AppLayout() {
  const { data: user } = useCurrentUser();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);

  const handle = useMatches()
    .map((match) => match.handle)
    .filter(isRouteHandle)
    .at(-1);
  const crumbs = user && handle ? handle.breadcrumbs(user) : [];

  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <AppHeader user={user ?? null} />
      <div className="nhsuk-width-container">
        <Breadcrumbs crumbs={crumbs} />
        <main className="nhsuk-main-wrapper" id="maincontent" ref={main} tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <AppFooter organisationName={user?.organisationName ?? null} />
    </>
  );
}
