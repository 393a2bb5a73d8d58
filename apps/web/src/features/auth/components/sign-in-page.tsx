import { useState } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { SuccessBanner } from '../../../shell/components/success-banner';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { useCurrentUser } from '../hooks/use-current-user';
import { safeReturnAddress } from '../return-address';
import { DemoAccountsHint } from './demo-accounts-hint';
import { SignInForm } from './sign-in-form';

function cameFromSignOut(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { signedOut?: unknown }).signedOut === true;
}

/** /sign-in: the way in. A person already signed in goes straight on to where they were heading. */
export function SignInPage() {
  const { data: user } = useCurrentUser();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const [hasErrors, setHasErrors] = useState(false);
  usePageTitle('Sign in', { error: hasErrors });

  if (user) return <Navigate to={safeReturnAddress(searchParams.get('returnTo'))} replace />;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {cameFromSignOut(location.state) && !hasErrors && <SuccessBanner heading="You have signed out" />}
        <h1>Sign in to Recordroom</h1>
        <p>Use the email address and password for your Recordroom account.</p>
        <SignInForm onErrorsChange={setHasErrors} />
        <DemoAccountsHint />
      </div>
    </div>
  );
}
