import { describe, expect, it } from '@jest/globals';
import { fieldErrorOf, placeFieldErrors } from './place-field-errors';

describe('placeFieldErrors', () => {
  it('puts the API’s field errors on the fields it names and keeps the rest', () => {
    expect(placeFieldErrors([{ field: 'endDate', message: 'Overlaps your annual leave from 10 August' }, { field: 'staffId', message: 'Not yours' }], ['startDate', 'endDate'])).toEqual({
      inline: { endDate: 'Overlaps your annual leave from 10 August' },
      other: ['Not yours'],
    });
  });

  it('keeps the first message beside a box and lists a second one for the same field', () => {
    expect(placeFieldErrors([{ field: 'startDate', message: 'first' }, { field: 'startDate', message: 'second' }], ['startDate'])).toEqual({ inline: { startDate: 'first' }, other: ['second'] });
  });

  it('words every message with the form’s sentence', () => {
    const sentence = (field: string, message: string): string => `${field === 'startDate' ? 'First day' : 'Staff'} ${message}`;
    expect(placeFieldErrors([{ field: 'startDate', message: 'is a Saturday' }, { field: 'staffId', message: 'is wrong' }], ['startDate'], sentence)).toEqual({ inline: { startDate: 'First day is a Saturday' }, other: ['Staff is wrong'] });
  });
});

describe('fieldErrorOf', () => {
  it('gives the message about one field, or nothing', () => {
    expect(fieldErrorOf([{ field: 'meetingOn', message: 'is before the episode' }], 'meetingOn')).toBe('is before the episode');
    expect(fieldErrorOf([{ field: 'meetingOn', message: 'is before the episode' }], 'endDate')).toBeUndefined();
  });
});
