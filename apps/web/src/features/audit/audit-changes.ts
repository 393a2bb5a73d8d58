/** One field of a record as an audit event changed it. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * The fields that differ between the before and after snapshots of an event, in the order the
 * record lists them: every field of a creation (before is null), every field of a deletion, and
 * only the changed fields of an update. Bookkeeping fields (version, timestamps) are left out.
 */
export function fieldChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const ignored = new Set(['version', 'updatedAt', 'createdAt']);
  const fields = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])].filter((field) => !ignored.has(field));
  return fields
    .map((field) => ({ field, before: before?.[field], after: after?.[field] }))
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
}
