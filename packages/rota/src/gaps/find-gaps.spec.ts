import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createRotaChecker } from '../check/rota-checker.js';
import { aCoverRequirement, aRota, anAbsence } from '../test-support/factories.js';
import { syntheticDepartment } from '../test-support/synthetic-department.js';
import { findGaps } from './find-gaps.js';

const week = { startDate: '2026-03-02', endDate: '2026-03-08' };

describe('findGaps', () => {
  it('reports head count and skill shortfall net of approved absence and missing skills', () => {
    const input = aRota({
      period: week,
      coverRequirements: [aCoverRequirement({ locationId: 'ae', shiftTypeId: 'ae-evening', minimum: 2, ideal: 3, skillMix: [{ skill: 'tracking', minimum: 1 }] })],
      work: [['ann', 'ae-evening', '2026-03-02'], ['cy', 'ae-evening', '2026-03-02'], ['bo', 'ae-evening', '2026-03-02']],
      absences: [anAbsence({ staffId: 'bo', kind: 'sickness' })],
    });
    expect(findGaps(input)).toEqual([
      {
        date: '2026-03-02',
        locationId: 'ae',
        shiftTypeId: 'ae-evening',
        requirementId: 'cover-1',
        shiftIds: ['ae-evening@2026-03-02'],
        minimum: 2,
        ideal: 3,
        assigned: 3,
        counted: 1,
        notCounted: [
          { assignmentId: 'cy:ae-evening@2026-03-02', staffId: 'cy', reason: 'missing-skill' },
          { assignmentId: 'bo:ae-evening@2026-03-02', staffId: 'bo', reason: 'missing-skill' },
        ],
        shortfall: 1,
        shortfallToIdeal: 2,
        skillShortfalls: [{ skill: 'tracking', required: 1, counted: 1, shortfall: 0 }],
        overIdeal: 0,
        status: 'below-minimum',
      },
    ]);
  });

  it('gives a shift with no dated shift yet a full shortfall, and leaves covered shifts out on request', () => {
    const input = aRota({ period: week, coverRequirements: [aCoverRequirement(), aCoverRequirement({ id: 'c2', appliesTo: { weekday: 2 } })], work: [['ann', 'early', '2026-03-02']] });
    const gaps = findGaps(input, { includeCovered: false });
    expect(gaps.map((g) => [g.date, g.status, g.shortfall, g.shiftIds])).toEqual([['2026-03-03', 'below-minimum', 1, []]]);
  });

  it('counts absence as away: a person on approved leave does not fill a gap', () => {
    const input = aRota({ period: week, coverRequirements: [aCoverRequirement()], work: [['ann', 'early', '2026-03-02']], absences: [anAbsence()] });
    expect(findGaps(input)[0]).toMatchObject({ assigned: 1, counted: 0, shortfall: 1, notCounted: [{ staffId: 'ann', reason: 'approved-absence' }] });
  });

  it('always equals requirement minus valid assignments, whatever the rota', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 4, max: 20 }), (seed, staffCount) => {
        const input = syntheticDepartment({ staffCount, days: 7, seed });
        const checker = createRotaChecker(input);
        for (const gap of findGaps(checker)) {
          // Counted the long way: every assignment on the gap's shifts, by the definition.
          const valid = input.assignments.filter((a) => {
            if (!gap.shiftIds.includes(a.shiftId)) return false;
            const person = input.staff.find((s) => s.id === a.staffId);
            const type = input.shiftTypes.find((t) => t.id === gap.shiftTypeId);
            const skilled = !type?.requiredSkill || (person?.skills.includes(type.requiredSkill) ?? false);
            const away = (input.absences ?? []).some((x) => x.staffId === a.staffId && x.status === 'approved' && x.startDate <= gap.date && gap.date <= x.endDate);
            return skilled && !away;
          }).length;
          expect(gap.counted).toBe(valid);
          expect(gap.shortfall).toBe(Math.max(0, gap.minimum - valid));
          expect(gap.shortfallToIdeal).toBe(Math.max(0, gap.ideal - valid));
        }
        // And the minimum-cover rule charges exactly the same shortfall.
        const charged = checker.report().violations.filter((v) => v.ruleId === 'minimum-cover').reduce((sum, v) => sum + v.penalty, 0);
        expect(charged).toBe(findGaps(checker).reduce((sum, g) => sum + g.shortfall, 0));
      }),
      { numRuns: 40 },
    );
  });
});
