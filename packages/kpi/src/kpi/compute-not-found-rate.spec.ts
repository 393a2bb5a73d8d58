import { describe, expect, it } from '@jest/globals';
import { aRecordRequest } from '../test-support/a-record-request.js';
import { computeNotFoundRate } from './compute-not-found-rate.js';

const requests = [
  aRecordRequest({ id: 'Q-1' }),
  aRecordRequest({ id: 'Q-2' }),
  aRecordRequest({ id: 'Q-3', outcome: 'temporary-notes' }),
  aRecordRequest({ id: 'Q-4', outcome: 'not-found', deliveredAt: null }),
];

describe('computeNotFoundRate', () => {
  it('is not-found outcomes over all closed requests', () => {
    expect(computeNotFoundRate(requests)).toEqual({ numerator: 1, denominator: 4, percent: 25 });
  });

  it('has no value without requests', () => {
    expect(computeNotFoundRate([]).percent).toBeNull();
  });
});
