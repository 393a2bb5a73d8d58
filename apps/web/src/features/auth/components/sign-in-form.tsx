import { ErrorSummary, TextInput, type ErrorSummaryItem } from '@recordroom/ui';
import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { useSignIn } from '../hooks/use-sign-in';

interface FieldErrors {
  email?: string;
  password?: string;
}

function checkFields(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (email.trim() === '') errors.email = 'Enter your email address';
  if (password === '') errors.password = 'Enter your password';
  return errors;
}

/** Why the API refused, in words for the error summary (linked to the email field where it helps). */
function refusal(error: unknown): ErrorSummaryItem {
  if (isApiError(error, 401)) return { fieldId: 'email', text: 'Enter a correct email address and password' };
  if (isApiError(error, 429)) return { text: 'Too many attempts to sign in. Wait a few minutes, then try again.' };
  if (isApiError(error, 0)) return { text: 'Recordroom could not be reached. Check your network connection, then try again.' };
  return { text: 'Sorry, there is a problem with the service. Try again later.' };
}

/** Email and password, checked here for blanks and then by the API. */
export function SignInForm({ onErrorsChange }: { onErrorsChange: (hasErrors: boolean) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const signIn = useSignIn();

  const summary: ErrorSummaryItem[] = [
    ...(fieldErrors.email ? [{ fieldId: 'email', text: fieldErrors.email }] : []),
    ...(fieldErrors.password ? [{ fieldId: 'password', text: fieldErrors.password }] : []),
    ...(signIn.isError ? [refusal(signIn.error)] : []),
  ];

  return (
    <>
      <ErrorSummary errors={summary} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const errors = checkFields(email, password);
          setFieldErrors(errors);
          signIn.reset();
          const invalid = Object.keys(errors).length > 0;
          onErrorsChange(invalid);
          if (invalid) return;
          signIn.mutate({ email: email.trim(), password }, { onError: () => onErrorsChange(true) });
        }}
      >
        <TextInput
          id="email"
          label="Email address"
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
          width={30}
        />
        <TextInput
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
          width={20}
        />
        <button className="nhsuk-button" type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </>
  );
}
