import type { CurrentUserDto } from '@recordroom/contracts';
import { Link } from 'react-router';
import { navigationFor } from '../navigation';
import { HeaderAccount } from './header-account';
import { HeaderNavigation } from './header-navigation';
import { NhsLogo } from './nhs-logo';

/** The NHS.UK header: logo and service name (one link home), the account, and the menu for the role. */
export function AppHeader({ user }: { user: CurrentUserDto | null }) {
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-logo" to="/" aria-label="NHS Recordroom homepage">
            <NhsLogo />
            <span className="nhsuk-header__service-name">Recordroom</span>
          </Link>
        </div>
        {user && <HeaderAccount user={user} />}
      </div>
      {user && <HeaderNavigation items={navigationFor(user)} />}
    </header>
  );
}
