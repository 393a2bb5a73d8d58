import { ActionLink } from '../../../shell/components/action-link';

export interface HomeAction {
  to: string;
  text: string;
}

/**
 * The next things to do from home, as NHS.UK action links one under another. Each is its own list
 * item: action links are inline blocks, so side by side they wrapped into each other.
 */
export function HomeActions({ actions }: { actions: readonly HomeAction[] }) {
  return (
    <ul className="nhsuk-list app-home-actions">
      {actions.map((action) => (
        <li key={action.to}>
          <ActionLink to={action.to}>{action.text}</ActionLink>
        </li>
      ))}
    </ul>
  );
}
