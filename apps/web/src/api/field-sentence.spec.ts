import { describe, expect, it } from '@jest/globals';
import { fieldSentence } from './field-sentence';

describe('fieldSentence', () => {
  it('uses the words the form gives the box', () => {
    expect(fieldSentence('completedOn', 'must not be in the future', { completedOn: 'The date completed' })).toBe('The date completed must not be in the future');
  });

  it('names any other field in words, not its API name', () => {
    expect(fieldSentence('ownerStaffId', 'is required')).toBe('Owner staff is required');
    expect(fieldSentence('dueDate', 'must be on or after 2026-12-03')).toBe('Due date must be on or after 2026-12-03');
  });

  it('counts positions in a list from one', () => {
    expect(fieldSentence('criteria[0].weight', 'must be at least 1')).toBe('Criteria 1 weight must be at least 1');
  });
});
