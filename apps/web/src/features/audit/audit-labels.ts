import { STAFF_FIELD_LABELS } from '../staff/staff-field-labels';
import { SKILL_LABELS, isSkill } from '../staff/staff-vocabulary';
import { type TagColour } from '@recordroom/ui';
import { STAFF_AUDIT_ENTITY_TYPE } from './audit-entity-types';

/** "nhsServiceStartDate" → "Nhs service start date", for fields without a label. */
function words(identifier: string): string {
  const spaced = identifier.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function fieldLabel(entityType: string, field: string): string {
  const label = entityType === STAFF_AUDIT_ENTITY_TYPE ? STAFF_FIELD_LABELS[field as keyof typeof STAFF_FIELD_LABELS] : undefined;
  return label ?? words(field);
}

export function entityTypeLabel(entityType: string): string {
  return entityType === STAFF_AUDIT_ENTITY_TYPE ? 'Staff record' : words(entityType);
}

/** A recorded value in words; skills by name, yes/no for booleans, "(blank)" for nothing. */
export function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(blank)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) {
    if (value.length === 0) return '(none)';
    return value.map((item: unknown) => (field === 'skills' && typeof item === 'string' && isSkill(item) ? SKILL_LABELS[item] : String(item))).join(', ');
  }
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

const ACTION_LABELS: Readonly<Record<string, { text: string; colour: TagColour }>> = {
  create: { text: 'Created', colour: 'green' },
  update: { text: 'Changed', colour: 'blue' },
  delete: { text: 'Deleted', colour: 'red' },
  'sign-in': { text: 'Signed in', colour: 'grey' },
  'sign-out': { text: 'Signed out', colour: 'grey' },
};

export function actionTag(action: string): { text: string; colour: TagColour } {
  return ACTION_LABELS[action] ?? { text: words(action), colour: 'grey' };
}
