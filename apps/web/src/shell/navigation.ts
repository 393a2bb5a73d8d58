import { type CurrentUser } from '../features/auth/api/types';
import { canReadAuditTrail, canReadKpis, canUseDirectory } from '../features/auth/permissions';

export interface NavigationItem {
  to: string;
  text: string;
  /** Current only on exactly this address (the home page), not on addresses below it. */
  end?: boolean;
}

/** The header's primary navigation: only what the person's role may open. */
export function navigationFor(user: CurrentUser): NavigationItem[] {
  const items: NavigationItem[] = [{ to: '/', text: user.role === 'staff' ? 'My details' : 'Home', end: true }];
  if (canUseDirectory(user)) items.push({ to: '/staff', text: 'Staff directory' });
  if (canReadKpis(user)) items.push({ to: '/kpi', text: 'Service KPIs' });
  if (canReadAuditTrail(user)) items.push({ to: '/audit', text: 'Audit trail' });
  return items;
}
