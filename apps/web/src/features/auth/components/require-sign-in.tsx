import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { useCurrentUser } from '../hooks/use-current-user';
import { SignedInUserContext } from '../signed-in-user-context';

/** Renders the pages below it only for a signed-in person; sends anyone else to sign in, and back afterwards. */
export function RequireSignIn() {
  const { data: user, isPending, isError, error, refetch } = useCurrentUser();
  const location = useLocation();

  if (isPending) return <LoadingMessage>Checking you are signed in…</LoadingMessage>;
  if (isError) return <ProblemMessage error={error} what="page" onRetry={() => void refetch()} headingLevel={1} />;
  if (!user) {
    const returnTo = `${location.pathname}${location.search}`;
    return <Navigate to={returnTo === '/' ? '/sign-in' : `/sign-in?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  return (
    <SignedInUserContext value={user}>
      <Outlet />
    </SignedInUserContext>
  );
}
