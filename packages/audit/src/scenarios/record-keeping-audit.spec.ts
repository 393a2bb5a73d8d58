import { describe, expect, it } from '@jest/globals';
import { failingCriteria } from '../actions/failing-criteria.js';
import { reauditDate } from '../reaudit/reaudit-date.js';
import { compareWithPrevious } from '../scoring/compare-cycles.js';
import { ragOf, scoreAudit } from '../scoring/score-audit.js';
import { wilsonInterval } from '../scoring/wilson-interval.js';
import { DEFAULT_REAUDIT_MONTHS } from '../templates/audit-template.js';
import { aCriterion, answersFor, aTemplate, recordIds, repeat } from '../test-support/a-template.js';

const records = recordIds(20);

describe('scoring an audit of 20 records', () => {
  it('excludes N/A from a criterion and from the overall score', () => {
    const template = aTemplate([aCriterion({ id: 'c1' }), aCriterion({ id: 'c2' })]);
    // c1: 16 yes, 2 no, 2 N/A -> 16/18 = 88.9%; c2: 20/20; overall 36/38 = 94.7%, just under green.
    const answers = [...answersFor('c1', records, [...repeat('yes', 16), 'no', 'no', 'na', 'na']), ...answersFor('c2', records, repeat('yes', 20))];
    const result = scoreAudit(template, records, answers);
    expect(result.criteria[0]).toMatchObject({ yes: 16, no: 2, na: 2, compliance: 16 / 18, rag: 'amber' });
    expect(result.criteria[1]).toMatchObject({ compliance: 1, rag: 'green' });
    expect(result.compliance).toBe(36 / 38);
    expect(result.rag).toBe('amber');
    // R017 and R018 have a "no"; R019 and R020 are N/A on c1 but yes on c2, so compliant.
    expect({ compliant: result.recordsCompliant, assessed: result.recordsAssessed }).toEqual({ compliant: 18, assessed: 20 });
  });

  it('gives a criterion answered N/A on every record no compliance and leaves it out of the overall', () => {
    const template = aTemplate([aCriterion({ id: 'c1' }), aCriterion({ id: 'c2' })]);
    const result = scoreAudit(template, records, [...answersFor('c1', records, repeat('na', 20)), ...answersFor('c2', records, [...repeat('yes', 19), 'no'])]);
    expect(result.criteria[0]).toMatchObject({ compliance: null, rag: null, interval: null });
    expect(result.compliance).toBe(19 / 20);
  });

  it('weights criteria: 3 x 18/20 and 1 x 10/20 is 64/80 = 80%, red', () => {
    const template = aTemplate([aCriterion({ id: 'c1', weight: 3 }), aCriterion({ id: 'c2', weight: 1 })]);
    const result = scoreAudit(template, records, [...answersFor('c1', records, [...repeat('yes', 18), ...repeat('no', 2)]), ...answersFor('c2', records, [...repeat('yes', 10), ...repeat('no', 10)])]);
    expect(result.compliance).toBe(0.8);
    expect(result.rag).toBe('red');
  });

  it('makes an audit red on one "no" to a critical criterion, whatever the score (97.5%)', () => {
    const template = aTemplate([aCriterion({ id: 'c1', critical: true }), aCriterion({ id: 'c2' })]);
    const result = scoreAudit(template, records, [...answersFor('c1', records, [...repeat('yes', 19), 'no']), ...answersFor('c2', records, repeat('yes', 20))]);
    expect(result.compliance).toBe(39 / 40);
    expect(result.ragByScore).toBe('green');
    expect(result.rag).toBe('red');
    expect(result.criticalFailures).toEqual(['c1']);
  });

  it('puts the RAG edges on the thresholds exactly: 95% green, 85% amber, below 85% red', () => {
    const thresholds = { greenFrom: 95, amberFrom: 85 };
    expect(ragOf(19, 20, thresholds)).toBe('green');
    expect(ragOf(57, 60, thresholds)).toBe('green');
    expect(ragOf(18, 20, thresholds)).toBe('amber');
    expect(ragOf(17, 20, thresholds)).toBe('amber');
    expect(ragOf(16, 20, thresholds)).toBe('red');
    expect(ragOf(84, 99, thresholds)).toBe('red'); // 84.8%
    expect(ragOf(20, 20, { greenFrom: 100, amberFrom: 90 })).toBe('green');
    expect(ragOf(19, 20, { greenFrom: 100, amberFrom: 90 })).toBe('amber');
  });

  it('gives the Wilson 95% interval of the sample: 18 of 20 is 69.9% to 97.2%', () => {
    const interval = wilsonInterval(18, 20);
    expect(interval?.lower).toBeCloseTo(0.69897, 4);
    expect(interval?.upper).toBeCloseTo(0.97215, 4);
    expect(wilsonInterval(20, 20)?.lower).toBeCloseTo(0.83887, 4);
    expect(wilsonInterval(20, 20)?.upper).toBe(1);
    expect(wilsonInterval(0, 20)).toEqual({ lower: 0, upper: expect.closeTo(0.16113, 4) as unknown as number });
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('turns failing criteria into actions, critical failures first, then the lowest compliance', () => {
    const template = aTemplate([aCriterion({ id: 'c1' }), aCriterion({ id: 'c2', critical: true }), aCriterion({ id: 'c3' }), aCriterion({ id: 'c4' })]);
    const result = scoreAudit(template, records, [
      ...answersFor('c1', records, [...repeat('yes', 12), ...repeat('no', 8)]),
      ...answersFor('c2', records, [...repeat('yes', 19), 'no']),
      ...answersFor('c3', records, [...repeat('yes', 17), ...repeat('no', 3)]),
      ...answersFor('c4', records, repeat('yes', 20)),
    ]);
    expect(failingCriteria(result)).toEqual([
      { criterionId: 'c2', reason: 'critical criterion failed on 1 record' },
      { criterionId: 'c1', reason: '60% compliant (red)' },
      { criterionId: 'c3', reason: '85% compliant (amber)' },
    ]);
  });

  it('schedules the re-audit by RAG, red in 3 months, clamped to the month end', () => {
    expect(reauditDate('2026-11-30', 'red', DEFAULT_REAUDIT_MONTHS)).toBe('2027-02-28');
    expect(reauditDate('2026-08-31', 'amber', DEFAULT_REAUDIT_MONTHS)).toBe('2027-02-28');
    expect(reauditDate('2026-12-03', 'green', DEFAULT_REAUDIT_MONTHS)).toBe('2027-12-03');
    expect(reauditDate('2026-12-03', 'red', { red: 1, amber: 6, green: 12 })).toBe('2027-01-03');
  });

  it('compares with the previous cycle in percentage points', () => {
    expect(compareWithPrevious({ compliance: 0.9, rag: 'amber' }, { compliance: 0.8, rag: 'red' })).toEqual({ changePoints: 10, direction: 'improved', previousRag: 'red', currentRag: 'amber' });
    expect(compareWithPrevious({ compliance: 36 / 38, rag: 'amber' }, { compliance: 0.95, rag: 'green' })).toEqual({ changePoints: -0.3, direction: 'worse', previousRag: 'green', currentRag: 'amber' });
    expect(compareWithPrevious({ compliance: 0.9, rag: 'amber' }, null)).toBeNull();
  });
});
