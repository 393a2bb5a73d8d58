import { describe, expect, it } from '@jest/globals';
import { PeopleValidationError, throwIfInvalid } from './field-error.js';

describe('throwIfInvalid', () => {
  it('passes when there is nothing wrong', () => {
    expect(() => throwIfInvalid([])).not.toThrow();
  });

  it('throws every field error, named, in one message', () => {
    const errors = [
      { field: 'endDate', message: 'ends before it starts' },
      { field: 'reasonCode', message: 'is required' },
    ];
    expect(() => throwIfInvalid(errors)).toThrow(new PeopleValidationError(errors));
    expect(() => throwIfInvalid(errors)).toThrow('endDate: ends before it starts; reasonCode: is required');
  });
});
