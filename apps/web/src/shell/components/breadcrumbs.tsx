import { Link } from 'react-router';
import { type Crumb } from '../route-handle';

/**
 * NHS.UK breadcrumbs: the pages above this one, and on small screens a back link to the nearest.
 */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const parent = crumbs.at(-1);
  if (!parent) return null;
  return (
    <nav className="nhsuk-breadcrumb" aria-label="Breadcrumb">
      <ol className="nhsuk-breadcrumb__list">
        {crumbs.map((crumb) => (
          <li className="nhsuk-breadcrumb__list-item" key={crumb.to}>
            <Link className="nhsuk-breadcrumb__link" to={crumb.to}>
              {crumb.text}
            </Link>
          </li>
        ))}
      </ol>
      <Link className="nhsuk-back-link" to={parent.to}>
        <span className="nhsuk-u-visually-hidden">Back to </span>
        {parent.text}
      </Link>
    </nav>
  );
}
