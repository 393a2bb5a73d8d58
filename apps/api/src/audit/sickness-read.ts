import { type EntityManager } from 'typeorm';
import { type CurrentUser } from '../auth/current-user.js';
import { type AuditTrail } from './audit-trail.js';

/** Someone whose sickness a view showed, and whether it showed the reason. */
export interface SicknessShown {
  staffMemberId: string;
  departmentId: string;
  reasonShown: boolean;
}

/** The views that show sickness: line management's and the rota's (which never shows a reason). */
export type SicknessView = 'team' | 'record' | 'who-is-off' | 'rota-absences' | 'rota-planner' | 'rota-absence-check';

/**
 * One audit row for a view that showed people's sickness to anyone but themselves: every read of
 * a sickness record by someone other than the person is in the audit trail (docs/line-management.md
 * "Privacy"). The row names the view, whose sickness it showed and whose reasons; one person's
 * read is filed against them, several against their department.
 */
export async function recordSicknessRead(em: EntityManager, audit: AuditTrail, user: CurrentUser, shown: readonly SicknessShown[], view: SicknessView): Promise<void> {
  const others = [...new Map(shown.filter((s) => s.staffMemberId !== user.staffMemberId).map((s) => [s.staffMemberId, s])).values()];
  const first = others[0];
  if (!first) return;
  await audit.record(em, user, {
    action: 'read',
    entityType: 'sickness-record',
    entityId: others.length === 1 ? first.staffMemberId : first.departmentId,
    departmentId: first.departmentId,
    before: null,
    after: { view, staffIds: others.map((s) => s.staffMemberId), reasonsShown: others.filter((s) => s.reasonShown).map((s) => s.staffMemberId) },
  });
}
