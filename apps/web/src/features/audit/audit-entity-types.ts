/** The `entityType` the API writes on audit events about staff records. */
export const STAFF_AUDIT_ENTITY_TYPE = 'staff-member';
