import { isIsoDate } from '@recordroom/calendar';
import { isSkill } from '@recordroom/people';
import { type CoverRequirement } from '../model/cover-requirement.js';
import { isIsoWeekday } from '../model/iso-weekday.js';
import { throwIfInvalid, type FieldError } from './field-error.js';

/**
 * Problems with a cover requirement, each naming its field.
 *
 * @example validateCoverRequirement({ ...requirement, minimum: 3, ideal: 2 })
 * // [{ field: 'ideal', message: 'is 2, below the minimum of 3' }]
 */
export function validateCoverRequirement(requirement: CoverRequirement): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of ['id', 'locationId', 'shiftTypeId'] as const) {
    if (typeof requirement[field] !== 'string' || requirement[field] === '') errors.push({ field, message: 'is required' });
  }
  const headCount = (field: 'minimum' | 'ideal', value: unknown): boolean => {
    const ok = typeof value === 'number' && Number.isInteger(value) && value >= 0;
    if (!ok) errors.push({ field, message: 'must be a whole number of people, 0 or more' });
    return ok;
  };
  if (headCount('minimum', requirement.minimum) && headCount('ideal', requirement.ideal) && requirement.ideal < requirement.minimum) {
    errors.push({ field: 'ideal', message: `is ${requirement.ideal}, below the minimum of ${requirement.minimum}` });
  }
  const when: unknown = requirement.appliesTo;
  if (typeof when !== 'object' || when === null) errors.push({ field: 'appliesTo', message: 'must give a weekday (1-7) or a date' });
  else if ('weekday' in when) {
    if (!isIsoWeekday(when.weekday)) errors.push({ field: 'appliesTo.weekday', message: 'must be 1 (Monday) to 7 (Sunday)' });
  } else if ('date' in when) {
    if (!isIsoDate(when.date)) errors.push({ field: 'appliesTo.date', message: 'must be a date (yyyy-mm-dd)' });
  } else errors.push({ field: 'appliesTo', message: 'must give a weekday (1-7) or a date' });
  (requirement.skillMix ?? []).forEach((need, index) => {
    if (!isSkill(need.skill)) errors.push({ field: `skillMix[${index}].skill`, message: `is not a known skill: ${String(need.skill)}` });
    if (!Number.isInteger(need.minimum) || need.minimum < 1) errors.push({ field: `skillMix[${index}].minimum`, message: 'must be a whole number of people, 1 or more' });
    else if (Number.isInteger(requirement.ideal) && need.minimum > requirement.ideal) errors.push({ field: `skillMix[${index}].minimum`, message: `asks for ${need.minimum}, more than the ideal of ${requirement.ideal}` });
  });
  for (const [key, value] of Object.entries(requirement.weights ?? {})) {
    if (typeof value !== 'number' || !(value >= 0)) errors.push({ field: `weights.${key}`, message: 'must be a number, 0 or more' });
  }
  return errors;
}

/**
 * Throws RotaValidationError when validateCoverRequirement finds a problem.
 *
 * @example assertValidCoverRequirement(dto); // throws with { field, message } errors
 */
export function assertValidCoverRequirement(requirement: CoverRequirement): void {
  throwIfInvalid(validateCoverRequirement(requirement));
}
