import { describe, expect, it } from '@jest/globals';
import { computeTrainingCompliance } from './compute-training-compliance.js';

describe('computeTrainingCompliance', () => {
  it('counts assignments valid on the day or later, and never-completed ones as out of date', () => {
    const assignments = [
      { staffId: 'S1', courseId: 'IG', validUntil: '2025-03-31' },
      { staffId: 'S2', courseId: 'IG', validUntil: '2025-03-30' },
      { staffId: 'S3', courseId: 'IG', validUntil: null },
      { staffId: 'S3', courseId: 'FIRE', validUntil: '2026-01-01' },
    ];
    expect(computeTrainingCompliance(assignments, '2025-03-31')).toEqual({ numerator: 2, denominator: 4, percent: 50 });
  });
});
