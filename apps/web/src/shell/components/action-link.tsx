import { NhsukIcon } from '@recordroom/ui';
import { Link } from 'react-router';

/** NHS.UK action link: a prominent link to the next thing to do. */
export function ActionLink({ to, children }: { to: string; children: string }) {
  return (
    <Link className="nhsuk-action-link" to={to}>
      <NhsukIcon name="arrow-right-circle" />
      <span className="nhsuk-action-link__text">{children}</span>
    </Link>
  );
}
