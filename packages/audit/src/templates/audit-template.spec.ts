import { describe, expect, it } from '@jest/globals';
import { aCriterion, aTemplate } from '../test-support/a-template.js';
import { validateTemplateVersion } from './audit-template.js';

describe('validateTemplateVersion', () => {
  it('accepts the defaults', () => {
    expect(validateTemplateVersion(aTemplate([aCriterion()]))).toEqual([]);
  });

  it('names each bad field', () => {
    const problems = validateTemplateVersion(aTemplate([aCriterion({ id: 'c1', weight: 0 }), aCriterion({ id: 'c1' })], { sampleSize: 0, thresholds: { greenFrom: 80, amberFrom: 90 }, reauditMonths: { red: 0, amber: 6, green: 12 } }));
    expect(problems.map((p) => p.field)).toEqual(['criteria.0.weight', 'criteria.1.id', 'sampleSize', 'thresholds.amberFrom', 'reauditMonths.red']);
  });

  it('needs a criterion', () => {
    expect(validateTemplateVersion(aTemplate([]))).toEqual([{ field: 'criteria', message: 'must list at least one criterion' }]);
  });
});
