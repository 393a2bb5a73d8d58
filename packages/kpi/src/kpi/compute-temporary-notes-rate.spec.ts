import { describe, expect, it } from '@jest/globals';
import { aRecordRequest } from '../test-support/a-record-request.js';
import { computeTemporaryNotesRate } from './compute-temporary-notes-rate.js';

const requests = [
  aRecordRequest({ id: 'Q-1' }),
  aRecordRequest({ id: 'Q-2' }),
  aRecordRequest({ id: 'Q-3', outcome: 'temporary-notes' }),
  aRecordRequest({ id: 'Q-4', outcome: 'not-found', deliveredAt: null }),
];

describe('computeTemporaryNotesRate', () => {
  it('is temporary-notes outcomes over all closed requests', () => {
    expect(computeTemporaryNotesRate(requests)).toEqual({ numerator: 1, denominator: 4, percent: 25 });
  });
});
