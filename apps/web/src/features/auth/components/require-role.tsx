import { type ReactNode } from 'react';
import { Outlet } from 'react-router';
import { ForbiddenPage } from '../../../shell/components/forbidden-page';
import type { Role } from '@recordroom/people';
import { useSignedInUser } from '../hooks/use-signed-in-user';

/** Renders its pages only for the given roles; others are told they cannot view the page. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children?: ReactNode }) {
  const user = useSignedInUser();
  if (!roles.includes(user.role)) return <ForbiddenPage />;
  return children ?? <Outlet />;
}
