import type { CurrentUserDto } from '@recordroom/contracts';
import { NhsukIcon } from '@recordroom/ui';
import { useSignOut } from '../../features/auth/hooks/use-sign-out';
import { ROLE_LABELS } from '../../features/auth/role-labels';

/** Who is signed in, in which role, and the way out. */
export function HeaderAccount({ user }: { user: CurrentUserDto }) {
  const signOut = useSignOut();
  return (
    <nav className="nhsuk-header__account" aria-label="Account">
      <ul className="nhsuk-header__account-list">
        <li className="nhsuk-header__account-item">
          <NhsukIcon name="user" />
          {user.displayName} ({ROLE_LABELS[user.role]})
        </li>
        <li className="nhsuk-header__account-item">
          <form
            className="nhsuk-header__account-form"
            onSubmit={(event) => {
              event.preventDefault();
              signOut.mutate();
            }}
          >
            <button className="nhsuk-header__account-button" type="submit" disabled={signOut.isPending}>
              Sign out
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
