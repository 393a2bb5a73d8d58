import { type SqlParams } from '../database/sql-params.js';
import { type StaffScope } from './staff-scope.js';

/** A scope, or an officer's line already resolved to the ids of its members. */
export type ResolvedScope = StaffScope | { kind: 'members'; organisationId: string; ids: string[] };

/** The SQL condition of a scope on `s` (staff_member). A line is found with a recursive query. */
export function scopeSql(scope: ResolvedScope, params: SqlParams): string {
  const organisation = `s.organisation_id = ${params.add(scope.organisationId)}`;
  switch (scope.kind) {
    case 'organisation':
      return organisation;
    case 'department':
      return `${organisation} AND s.department_id = ${params.add(scope.departmentId)}`;
    case 'self':
      return `${organisation} AND s.id = ${params.add(scope.staffMemberId)}`;
    case 'members':
      return `${organisation} AND s.id = ANY (${params.add(scope.ids)}::uuid[])`;
    case 'line': {
      const manager = params.add(scope.managerId);
      // UNION (not UNION ALL) stops at people already found, so even bad data cannot loop forever.
      return `${organisation} AND (s.id = ${manager} OR s.id IN (
        WITH RECURSIVE line(id) AS (
          SELECT id FROM staff_member WHERE line_manager_id = ${manager}
          UNION SELECT r.id FROM staff_member r JOIN line ON r.line_manager_id = line.id)
        SELECT id FROM line))`;
    }
  }
}
