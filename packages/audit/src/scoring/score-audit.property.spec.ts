import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { AuditAnswer } from '../answers/validate-answers.js';
import { ANSWERS, type Criterion } from '../templates/audit-template.js';
import { aCriterion, aTemplate, recordIds } from '../test-support/a-template.js';
import { scoreAudit } from './score-audit.js';
import { wilsonInterval } from './wilson-interval.js';

const criteriaArb = fc.array(fc.record({ weight: fc.integer({ min: 1, max: 10 }), critical: fc.boolean() }), { minLength: 1, maxLength: 6 }).map((list): Criterion[] => list.map((c, i) => aCriterion({ id: `c${i + 1}`, ...c })));
const auditArb = criteriaArb.chain((criteria) =>
  fc.integer({ min: 1, max: 20 }).chain((n) => {
    const records = recordIds(n);
    return fc.array(fc.constantFrom(...ANSWERS), { minLength: n * criteria.length, maxLength: n * criteria.length }).map((cells) => ({
      criteria,
      records,
      answers: cells.map((answer, i): AuditAnswer => ({ recordId: records[i % n] as string, criterionId: (criteria[Math.floor(i / n)] as Criterion).id, answer, comment: '' })),
    }));
  }),
);

describe('scoreAudit properties', () => {
  it('keeps compliance between 0 and 1, and red whenever a critical criterion failed', () => {
    fc.assert(
      fc.property(auditArb, ({ criteria, records, answers }) => {
        const result = scoreAudit(aTemplate(criteria), records, answers);
        expect(result.compliance === null || (result.compliance >= 0 && result.compliance <= 1)).toBe(true);
        expect(result.criticalFailures.length === 0 || result.rag === 'red').toBe(true);
      }),
    );
  });

  it('does not depend on the order the answers were given in', () => {
    fc.assert(
      fc.property(auditArb, fc.integer(), ({ criteria, records, answers }, seed) => {
        const shuffled = [...answers].sort((a, b) => ((a.recordId + a.criterionId + String(seed)).localeCompare(b.recordId + b.criterionId)));
        expect(scoreAudit(aTemplate(criteria), records, shuffled)).toEqual(scoreAudit(aTemplate(criteria), records, answers));
      }),
    );
  });

  it('gives a Wilson interval inside [0, 1] that contains the observed proportion', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))), ([x, n]) => {
        const interval = wilsonInterval(x, n);
        expect(interval).not.toBeNull();
        if (!interval) return;
        expect(interval.lower >= 0 && interval.upper <= 1).toBe(true);
        expect(interval.lower <= x / n + 1e-12 && x / n <= interval.upper + 1e-12).toBe(true);
      }),
    );
  });
});
