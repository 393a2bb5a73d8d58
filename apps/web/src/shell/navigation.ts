import type { CurrentUserDto } from '@recordroom/contracts';
import { canDecideRotaRequests, canManageTeam, canOpenRotaPlanner, canReadAuditTrail, canReadKpis, canReadQualityAudits, canSeeBudget, canUseDirectory, hasOwnRota } from '../features/auth/permissions';

export interface NavigationItem {
  to: string;
  text: string;
  /** Current only on exactly this address (the home page), not on addresses below it. */
  end?: boolean;
}

/** The header's primary navigation: only what the person's role may open. */
export function navigationFor(user: CurrentUserDto): NavigationItem[] {
  const items: NavigationItem[] = [{ to: '/', text: user.role === 'staff' ? 'My details' : 'Home', end: true }];
  if (hasOwnRota(user)) items.push({ to: '/my-rota', text: 'My rota' });
  if (canManageTeam(user)) items.push({ to: '/team', text: 'My team' });
  if (canOpenRotaPlanner(user)) items.push({ to: '/rota', text: 'Rota planner' });
  if (canDecideRotaRequests(user)) items.push({ to: '/rota-requests', text: 'Leave and swaps' });
  if (canUseDirectory(user)) items.push({ to: '/staff', text: 'Staff directory' });
  if (canReadKpis(user)) items.push({ to: '/kpi', text: 'Service KPIs' });
  if (canReadQualityAudits(user)) items.push({ to: '/quality-audits', text: 'Quality audits' });
  if (canSeeBudget(user)) items.push({ to: '/budget', text: 'Budget' });
  if (canReadAuditTrail(user)) items.push({ to: '/audit', text: 'Audit trail' });
  return items;
}
