import { describe, expect, it } from '@jest/globals';
import { aShiftType, SHIFT_TYPES } from '../test-support/factories.js';
import { RotaValidationError } from './field-error.js';
import { assertValidShiftType, validateShiftType } from './validate-shift-type.js';

describe('validateShiftType', () => {
  it('accepts the department’s shift types, the overnight A&E evening included', () => {
    for (const type of Object.values(SHIFT_TYPES)) expect(validateShiftType(type)).toEqual([]);
  });

  it('refuses a shift ending before it starts without crossing midnight, naming the field', () => {
    expect(validateShiftType(aShiftType({ start: '22:00', end: '07:00' }))).toEqual([
      { field: 'end', message: 'ends at 07:00, before it starts at 22:00: a shift that crosses midnight needs endsNextDay' },
    ]);
  });

  it('refuses a zero-length shift', () => {
    expect(validateShiftType(aShiftType({ start: '09:00', end: '09:00' }))).toEqual([{ field: 'end', message: 'ends when it starts (09:00): a shift cannot be zero length' }]);
  });

  it('refuses endsNextDay on a shift that would then last 24 hours or more', () => {
    expect(validateShiftType(aShiftType({ start: '07:00', end: '15:00', endsNextDay: true }))).toEqual([
      { field: 'endsNextDay', message: 'would make the shift 32 h long: a shift from 07:00 to 15:00 the next day is 24 h or more' },
    ]);
  });

  it('refuses malformed times, breaks as long as the shift, and unknown skills', () => {
    expect(validateShiftType(aShiftType({ start: '7am', unpaidBreakMinutes: -5, requiredSkill: 'juggling' as never })).map((e) => e.field)).toEqual(['start', 'unpaidBreakMinutes', 'requiredSkill']);
    expect(validateShiftType(aShiftType({ start: '09:00', end: '09:30', unpaidBreakMinutes: 30 }))).toEqual([{ field: 'unpaidBreakMinutes', message: 'is 30 min, as long as the 30 min shift or longer' }]);
  });

  it('throws with the field errors for the API to answer 422', () => {
    expect(() => assertValidShiftType(aShiftType({ name: '' }))).toThrow(RotaValidationError);
    expect(() => assertValidShiftType(aShiftType({ name: '' }))).toThrow('name: is required');
  });
});
