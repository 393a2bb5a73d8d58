import { describe, expect, it } from '@jest/globals';
import { REQUEST_PRIORITIES } from '../events/record-request.js';
import { DEFAULT_RETRIEVAL_TARGETS } from './retrieval-targets.js';

describe('DEFAULT_RETRIEVAL_TARGETS', () => {
  it('has a target for every priority, each marked unverified with its source (no national standard)', () => {
    expect(Object.keys(DEFAULT_RETRIEVAL_TARGETS).sort()).toEqual([...REQUEST_PRIORITIES].sort());
    for (const priority of REQUEST_PRIORITIES) {
      expect(DEFAULT_RETRIEVAL_TARGETS[priority]).toMatchObject({ status: 'unverified', source: expect.stringContaining('records-service-standards.md') });
    }
  });

  it('orders the targets by urgency', () => {
    const minutes = (['emergency', 'urgent', 'routine'] as const).map((p) => DEFAULT_RETRIEVAL_TARGETS[p].maxMinutes);
    expect(minutes).toEqual([30, 240, 2880]);
  });

  it('asks 90% of every priority within its time, the share the 90th percentile chart holds to it', () => {
    for (const priority of REQUEST_PRIORITIES) expect(DEFAULT_RETRIEVAL_TARGETS[priority].withinTargetPercent).toBe(90);
  });
});
