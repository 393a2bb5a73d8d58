import { Link } from 'react-router';

/** NHS.UK back link, for pages in a journey (such as an edit form) rather than in the site's hierarchy. */
export function BackLink({ to, children = 'Back' }: { to: string; children?: string }) {
  return (
    <Link className="nhsuk-back-link" to={to}>
      {children}
    </Link>
  );
}
