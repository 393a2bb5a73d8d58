import { Link } from 'react-router';
import { usePageTitle } from '../hooks/use-page-title';

/** NHS.UK "Page not found". */
export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Page not found</h1>
        <p>If you typed the web address, check it was correct.</p>
        <p>If you pasted the web address, check you copied the entire address.</p>
        <p>
          You can go to the <Link to="/">Recordroom home page</Link>.
        </p>
      </div>
    </div>
  );
}
