import { type CurrentUser } from '../auth/api/types';
import { type Department } from '../organisation/api/types';

/** Roles that choose a department (or the whole organisation); the others see their own department. */
export function choosesDepartment(user: CurrentUser): boolean {
  return user.role === 'admin' || user.role === 'senior';
}

/** Whose figures these are, in words: a department's name or the organisation's. */
export function kpiScopeName(user: CurrentUser, departmentId: string, departments: Department[] | undefined): string {
  if (!choosesDepartment(user)) return user.departmentName ?? 'Your department';
  if (!departmentId) return user.organisationName;
  return departments?.find((department) => department.id === departmentId)?.name ?? 'The chosen department';
}
