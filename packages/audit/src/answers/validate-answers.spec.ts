import { describe, expect, it } from '@jest/globals';
import { aCriterion, answersFor, recordIds, repeat } from '../test-support/a-template.js';
import { validateAnswers } from './validate-answers.js';

const records = recordIds(3);
const criteria = [aCriterion({ id: 'c1' }), aCriterion({ id: 'c2', naAllowed: false })];

describe('validateAnswers', () => {
  it('accepts a complete set', () => {
    expect(validateAnswers(criteria, records, [...answersFor('c1', records, repeat('na', 3)), ...answersFor('c2', records, repeat('yes', 3))], { complete: true })).toEqual([]);
  });

  it('refuses an answer for a criterion not in the template version, naming the field', () => {
    expect(validateAnswers(criteria, records, [{ recordId: 'R001', criterionId: 'c9', answer: 'yes', comment: '' }], { complete: false })).toEqual([{ field: 'answers.0.criterionId', message: 'c9 is not a criterion of this template version' }]);
  });

  it('refuses a record outside the sample, N/A where it is not allowed, and a cell answered twice', () => {
    const problems = validateAnswers(criteria, records, [
      { recordId: 'X', criterionId: 'c1', answer: 'yes', comment: '' },
      { recordId: 'R001', criterionId: 'c2', answer: 'na', comment: '' },
      { recordId: 'R001', criterionId: 'c2', answer: 'yes', comment: '' },
    ], { complete: false });
    expect(problems.map((p) => p.field)).toEqual(['answers.0.recordId', 'answers.1.answer', 'answers.2']);
  });

  it('counts what is missing when the audit must be complete', () => {
    expect(validateAnswers(criteria, records, answersFor('c1', records, repeat('yes', 3)), { complete: true })).toEqual([{ field: 'answers', message: '3 of 6 answers missing (first: R001/c2, R002/c2, R003/c2)' }]);
  });
});
