import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo-accounts';
import { useHealth } from '../hooks/use-health';
import { ROLE_LABELS } from '../role-labels';

/** On a demo installation only, the sign-ins to try, one per role. */
export function DemoAccountsHint() {
  const { data: health } = useHealth();
  if (!health?.demo) return null;
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <h2 className="nhsuk-heading-s">This is a demonstration</h2>
      <p>
        Sign in as one of these people, with the password <code className="nhsuk-u-font-monospace">{DEMO_PASSWORD}</code>:
      </p>
      <ul className="nhsuk-list">
        {DEMO_ACCOUNTS.map((account) => (
          <li key={account.email}>
            <code className="nhsuk-u-font-monospace">{account.email}</code> ({ROLE_LABELS[account.role].toLowerCase()})
          </li>
        ))}
      </ul>
    </div>
  );
}
