import { type EntityManager } from 'typeorm';
import { type AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';

/**
 * One audit row for a rota view that showed someone's sickness absence to anyone but them: every
 * read of a sickness record by someone other than the person is in the audit trail
 * (docs/line-management.md "Privacy"), and line management's episodes are on the rota as
 * sickness absences. The rota never shows a reason (`reasonsShown` is empty), only that the
 * person was off sick; the row says which view and whose.
 */
export async function auditSicknessShown(
  em: EntityManager,
  audit: AuditTrail,
  user: CurrentUser,
  shown: readonly { kind: string; staffMemberId: string; departmentId: string }[],
  view: 'rota-absences' | 'rota-planner' | 'rota-absence-check',
): Promise<void> {
  const staffIds = [...new Set(shown.filter((a) => a.kind === 'sickness' && a.staffMemberId !== user.staffMemberId).map((a) => a.staffMemberId))];
  const first = shown.find((a) => a.kind === 'sickness' && a.staffMemberId !== user.staffMemberId);
  if (!first) return;
  await audit.record(em, user, {
    action: 'read',
    entityType: 'sickness-record',
    entityId: staffIds.length === 1 ? first.staffMemberId : first.departmentId,
    departmentId: first.departmentId,
    before: null,
    after: { view, staffIds, reasonsShown: [] },
  });
}
