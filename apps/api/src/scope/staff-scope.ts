import { type CurrentUser } from '../auth/current-user.js';
import { forbidden } from '../http/problem.js';

/**
 * Whose staff records a user may see: the organisation (admin, senior), a department (manager),
 * a line: direct and indirect reports plus themselves (officer), or only themselves (staff).
 */
export type StaffScope =
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'department'; organisationId: string; departmentId: string }
  | { kind: 'line'; organisationId: string; managerId: string }
  | { kind: 'self'; organisationId: string; staffMemberId: string };

export function staffScopeOf(user: CurrentUser): StaffScope {
  const organisationId = user.organisationId;
  switch (user.role) {
    case 'admin':
    case 'senior':
      return { kind: 'organisation', organisationId };
    case 'manager':
      if (!user.departmentId) throw forbidden('Your manager account is not linked to a department; ask an administrator.');
      return { kind: 'department', organisationId, departmentId: user.departmentId };
    case 'officer':
      if (!user.staffMemberId) throw forbidden('Your officer account is not linked to a staff record; ask an administrator.');
      return { kind: 'line', organisationId, managerId: user.staffMemberId };
    case 'staff':
      if (!user.staffMemberId) throw forbidden('Your account is not linked to a staff record; ask an administrator.');
      return { kind: 'self', organisationId, staffMemberId: user.staffMemberId };
  }
}
