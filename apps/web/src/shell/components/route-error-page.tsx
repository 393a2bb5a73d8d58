import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { usePageTitle } from '../hooks/use-page-title';
import { NotFoundPage } from './not-found-page';

/**
 * The last line of defence: a render error anywhere in the route tree. NHS.UK's "Sorry, there is a
 * problem with the service" page, without the header (which may be what failed).
 */
export function RouteErrorPage() {
  const error = useRouteError();
  usePageTitle('Sorry, there is a problem with the service');
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error(error);
  return (
    <div className="nhsuk-width-container">
      <main className="nhsuk-main-wrapper" id="maincontent">
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <h1>Sorry, there is a problem with the service</h1>
            <p>Try again later.</p>
            <p>
              <Link to="/" reloadDocument>
                Go to the Recordroom home page
              </Link>
            </p>
          </div>
        </div>
      </main>
    </div>
  );
}
