import { describe, expect, it } from '@jest/globals';
import { EMPTY_LEAVE_FORM, readLeaveForm, type LeaveFormValues } from './leave-form';

const today = '2026-08-03';

function aForm(overrides: Partial<LeaveFormValues> = {}): LeaveFormValues {
  return { kind: 'annual-leave', startDate: { day: '10', month: '8', year: '2026' }, endDate: { day: '14', month: '8', year: '2026' }, note: '', ...overrides };
}

describe('readLeaveForm', () => {
  it('turns a filled-in form into the request the API takes', () => {
    expect(readLeaveForm(aForm({ note: ' Family wedding ' }), today)).toEqual({
      body: { kind: 'annual-leave', startDate: '2026-08-10', endDate: '2026-08-14', note: 'Family wedding' },
      errors: {},
    });
  });

  it('names every empty field', () => {
    expect(readLeaveForm(EMPTY_LEAVE_FORM, today)).toEqual({
      body: null,
      errors: { kind: 'Select the kind of leave', startDate: 'Enter the first day of leave', endDate: 'Enter the last day of leave' },
    });
  });

  it('refuses dates that do not exist, leave in the past and an end before the start', () => {
    expect(readLeaveForm(aForm({ startDate: { day: '31', month: '9', year: '2026' } }), today).errors.startDate).toBe('The first day of leave must be a real date, for example 27 3 2026');
    expect(readLeaveForm(aForm({ startDate: { day: '1', month: '8', year: '2026' } }), today).errors.startDate).toBe('The first day of leave must be today or in the future');
    expect(readLeaveForm(aForm({ endDate: { day: '9', month: '8', year: '2026' } }), today).errors).toEqual({ endDate: 'The last day of leave must be the same as or after the first day' });
  });

  it('does not let staff request sickness (it is recorded for them)', () => {
    expect(readLeaveForm(aForm({ kind: 'sickness' }), today).errors.kind).toBe('Select the kind of leave');
  });
});
