import { Link } from 'react-router';
import { usePageTitle } from '../hooks/use-page-title';

/** Shown instead of a page the person's role may not open. */
export function ForbiddenPage() {
  usePageTitle('You cannot view this page');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>You cannot view this page</h1>
        <p>Your role in Recordroom does not give you access to this page.</p>
        <p>If you need it for your work, ask your health records manager or an administrator.</p>
        <p>
          Go to the <Link to="/">Recordroom home page</Link>.
        </p>
      </div>
    </div>
  );
}
