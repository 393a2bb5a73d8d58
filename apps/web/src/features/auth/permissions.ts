import type { CurrentUserDto } from '@recordroom/contracts';
import type { Role } from '@recordroom/people';

/**
 * What the dashboard offers to each role. The API enforces access; these only decide which links,
 * pages and buttons to show, so nobody is offered something they would be refused.
 */
export const DIRECTORY_ROLES: readonly Role[] = ['admin', 'manager', 'officer', 'senior'];
export const AUDIT_ROLES: readonly Role[] = ['admin', 'manager'];
/** Records-service KPIs (docs/api/kpi.md "Who may do what"): reads, imports, demand against staffing. */
export const KPI_ROLES: readonly Role[] = ['admin', 'manager', 'officer', 'senior'];
export const KPI_IMPORT_ROLES: readonly Role[] = ['admin', 'manager'];
/** Records-quality audits (docs/api/quality-audits.md): officers and managers run them, seniors read, managers edit templates. */
export const QUALITY_AUDIT_ROLES: readonly Role[] = ['admin', 'manager', 'officer', 'senior'];
export const QUALITY_TEMPLATE_ROLES: readonly Role[] = ['admin', 'manager'];

export function canReadQualityAudits(user: CurrentUserDto): boolean {
  return QUALITY_AUDIT_ROLES.includes(user.role);
}
const DEMAND_VS_STAFFING_ROLES: readonly Role[] = ['admin', 'manager', 'senior'];
/** Budgets, pay and what the rota costs (docs/api/pay.md "Who may do what"): the people who hold the budget; senior management reads. */
export const BUDGET_ROLES: readonly Role[] = ['admin', 'manager', 'senior'];

export function canUseDirectory(user: CurrentUserDto): boolean {
  return DIRECTORY_ROLES.includes(user.role);
}

export function canReadAuditTrail(user: CurrentUserDto): boolean {
  return AUDIT_ROLES.includes(user.role);
}

export function canReadKpis(user: CurrentUserDto): boolean {
  return KPI_ROLES.includes(user.role);
}

export function canImportKpiEvents(user: CurrentUserDto): boolean {
  return KPI_IMPORT_ROLES.includes(user.role);
}

export function canSeeDemandVsStaffing(user: CurrentUserDto): boolean {
  return DEMAND_VS_STAFFING_ROLES.includes(user.role);
}

/**
 * Admins and managers may edit any record they can open; officers the people in their line, which
 * is every record the API lets them open except their own.
 */
export function canEditStaffMember(user: CurrentUserDto, staffMemberId: string): boolean {
  switch (user.role) {
    case 'admin':
    case 'manager':
      return true;
    case 'officer':
      return user.staffMemberId !== staffMemberId;
    case 'senior':
    case 'staff':
      return false;
  }
}

/** The rota planner: managers, officers and admins plan; senior managers read it. */
export const ROTA_PLANNER_ROLES: readonly Role[] = ['admin', 'manager', 'officer', 'senior'];
/** Leave and swap requests are decided by managers and officers (officers: their line only). */
export const ROTA_QUEUE_ROLES: readonly Role[] = ['manager', 'officer'];

export function canOpenRotaPlanner(user: CurrentUserDto): boolean {
  return ROTA_PLANNER_ROLES.includes(user.role);
}

/** May change assignments (officers only for people in their line: the planner says who). */
export function canPlanRota(user: CurrentUserDto): boolean {
  return user.role === 'admin' || user.role === 'manager' || user.role === 'officer';
}

export function canPublishRota(user: CurrentUserDto): boolean {
  return user.role === 'admin' || user.role === 'manager';
}

export function canDecideRotaRequests(user: CurrentUserDto): boolean {
  return ROTA_QUEUE_ROLES.includes(user.role);
}

/** Shifts, leave and the calendar feed are a staff record's: anyone whose account has one. */
export function hasOwnRota(user: CurrentUserDto): boolean {
  return user.staffMemberId !== null;
}

/**
 * Line management's pages (docs/line-management.md): officers for their line, managers for their
 * department. Admins and seniors use the API naming a department (the pages name none).
 */
export const TEAM_ROLES: readonly Role[] = ['manager', 'officer'];

export function canManageTeam(user: CurrentUserDto): boolean {
  return TEAM_ROLES.includes(user.role);
}

export function canSeeBudget(user: CurrentUserDto): boolean {
  return BUDGET_ROLES.includes(user.role);
}

/** Changing the establishment and recording spend: admins and managers; senior management only reads. */
export function canChangeBudget(user: CurrentUserDto): boolean {
  return user.role === 'admin' || user.role === 'manager';
}

/** Someone's pay: everyone their own; those who hold the budget anyone the API lets them open. */
export function canSeePayOf(user: CurrentUserDto, staffMemberId: string): boolean {
  return user.staffMemberId === staffMemberId || canSeeBudget(user);
}
