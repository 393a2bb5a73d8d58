import type { AuditEventDto } from '@recordroom/contracts';
import { Link } from 'react-router';
import { STAFF_AUDIT_ENTITY_TYPE } from '../audit-entity-types';
import { entityTypeLabel } from '../audit-labels';

/** The record an event is about, linked when the dashboard has a page for it. */
export function AuditRecordLink({ event }: { event: AuditEventDto }) {
  const label = entityTypeLabel(event.entityType);
  const name = (event.after ?? event.before)?.displayName;
  const text = typeof name === 'string' ? `${label}: ${name}` : label;
  if (event.entityType === STAFF_AUDIT_ENTITY_TYPE && event.action !== 'delete') {
    return <Link to={`/staff/${encodeURIComponent(event.entityId)}`}>{text}</Link>;
  }
  return <>{text}</>;
}
