import type { CurrentUserDto, DepartmentDto } from '@recordroom/contracts';

/** Roles that choose a department (or the whole organisation); the others see their own department. */
export function choosesDepartment(user: CurrentUserDto): boolean {
  return user.role === 'admin' || user.role === 'senior';
}

/** Whose figures these are, in words: a department's name or the organisation's. */
export function kpiScopeName(user: CurrentUserDto, departmentId: string, departments: DepartmentDto[] | undefined): string {
  if (!choosesDepartment(user)) return user.departmentName ?? 'Your department';
  if (!departmentId) return user.organisationName;
  return departments?.find((department) => department.id === departmentId)?.name ?? 'The chosen department';
}
