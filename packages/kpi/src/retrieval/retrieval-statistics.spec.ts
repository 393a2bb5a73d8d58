import { describe, expect, it } from '@jest/globals';
import { aRecordRequest, deliveredAfter } from '../test-support/a-record-request.js';
import { retrievalMinutes, retrievalStatisticsByPriority } from './retrieval-statistics.js';
import { DEFAULT_RETRIEVAL_TARGETS } from './retrieval-targets.js';

describe('retrievalMinutes', () => {
  it('is requested → delivered in minutes for a delivered request', () => {
    expect(retrievalMinutes(deliveredAfter(45))).toBe(45);
  });

  it('is null when the main folder was not delivered', () => {
    expect(retrievalMinutes(aRecordRequest({ outcome: 'not-found', deliveredAt: null }))).toBeNull();
    expect(retrievalMinutes(aRecordRequest({ outcome: 'temporary-notes' }))).toBeNull();
  });
});

describe('retrievalStatisticsByPriority', () => {
  it('gives median, p90 and % within the 30-minute emergency target', () => {
    const requests = [10, 20, 30, 40].map((m) => deliveredAfter(m));
    const stats = retrievalStatisticsByPriority(requests).emergency;
    expect(stats).toEqual({
      priority: 'emergency',
      requests: 4,
      delivered: 4,
      medianMinutes: 25,
      p90Minutes: 37,
      targetMinutes: 30,
      withinTarget: { numerator: 3, denominator: 4, percent: 75 },
    });
  });

  it('counts a request never delivered as missing the target but leaves it out of the times', () => {
    const requests = [deliveredAfter(10), aRecordRequest({ outcome: 'not-found', deliveredAt: null })];
    const stats = retrievalStatisticsByPriority(requests).emergency;
    expect([stats.medianMinutes, stats.withinTarget.percent]).toEqual([10, 50]);
  });

  it('keeps priorities apart and reports every priority', () => {
    const requests = [deliveredAfter(100, { priority: 'urgent' }), deliveredAfter(10)];
    const stats = retrievalStatisticsByPriority(requests);
    expect(stats.urgent.medianMinutes).toBe(100);
    expect(stats.emergency.medianMinutes).toBe(10);
    expect(stats.routine).toEqual({
      priority: 'routine',
      requests: 0,
      delivered: 0,
      medianMinutes: null,
      p90Minutes: null,
      targetMinutes: 2880,
      withinTarget: { numerator: 0, denominator: 0, percent: null },
    });
  });

  it('uses a trust’s own targets when given', () => {
    const targets = { ...DEFAULT_RETRIEVAL_TARGETS, emergency: { ...DEFAULT_RETRIEVAL_TARGETS.emergency, maxMinutes: 60 } };
    expect(retrievalStatisticsByPriority([deliveredAfter(45)], targets).emergency.withinTarget.percent).toBe(100);
  });

  it('counts delivery exactly on target as within it', () => {
    expect(retrievalStatisticsByPriority([deliveredAfter(30)]).emergency.withinTarget.percent).toBe(100);
  });
});
