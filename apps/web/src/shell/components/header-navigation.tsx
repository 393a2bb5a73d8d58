import { Link, matchPath, useLocation } from 'react-router';
import { type NavigationItem } from '../navigation';

/** The NHS.UK header's navigation bar; the item for the page shown is marked current. */
export function HeaderNavigation({ items }: { items: NavigationItem[] }) {
  const { pathname } = useLocation();
  return (
    <nav className="nhsuk-header__navigation" aria-label="Menu">
      <div className="nhsuk-header__navigation-container nhsuk-width-container">
        <ul className="nhsuk-header__navigation-list">
          {items.map((item) => {
            const current = matchPath({ path: item.to, end: true }, pathname) !== null;
            // A section is active on the pages below it too (a person is in the staff directory).
            const active = current || (!item.end && matchPath({ path: item.to, end: false }, pathname) !== null);
            return (
              <li key={item.to} className={`nhsuk-header__navigation-item${active ? ' nhsuk-header__navigation-item--current' : ''}`}>
                <Link className="nhsuk-header__navigation-link" to={item.to} aria-current={current ? 'page' : active ? 'true' : undefined}>
                  {active ? <strong className="nhsuk-header__navigation-item-current-fallback">{item.text}</strong> : item.text}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
