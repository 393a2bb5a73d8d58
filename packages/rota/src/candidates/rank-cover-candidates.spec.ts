import { describe, expect, it } from '@jest/globals';
import { createRotaChecker } from '../check/rota-checker.js';
import { findGaps } from '../gaps/find-gaps.js';
import { aCoverRequirement, aFairnessBaseline, aRota, anAbsence, aStaffMember } from '../test-support/factories.js';
import { type CostEstimator } from './cost-estimator.js';
import { rankCoverCandidates } from './rank-cover-candidates.js';

const ae = ['a-and-e-desk', 'filing'] as const;
const team = [
  aStaffMember({ id: 'ann', firstName: 'Ann', skills: [...ae] }),
  aStaffMember({ id: 'eve', firstName: 'Eve', lastName: 'Brown', skills: [...ae], contractedHoursPerWeek: 22.5, workingPattern: { weekdays: [1, 2, 3] } }),
  aStaffMember({ id: 'fay', firstName: 'Fay', lastName: 'Khan', skills: [...ae], contractType: 'bank', contractedHoursPerWeek: 0 }),
  aStaffMember({ id: 'cy', firstName: 'Cy', lastName: 'Patel', skills: ['filing'] }),
  aStaffMember({ id: 'dee', firstName: 'Dee', lastName: 'Okafor', skills: [...ae] }),
  aStaffMember({ id: 'gus', firstName: 'Gus', lastName: 'Evans', skills: [...ae] }),
  aStaffMember({ id: 'hal', firstName: 'Hal', lastName: 'Wilson', skills: [...ae] }),
];

function aAndEEveningGap() {
  const checker = createRotaChecker(
    aRota({
      period: { startDate: '2026-03-02', endDate: '2026-03-08' },
      staff: team,
      coverRequirements: [aCoverRequirement({ locationId: 'ae', shiftTypeId: 'ae-evening', appliesTo: { date: '2026-03-02' }, minimum: 2, ideal: 2 })],
      work: [['hal', 'ae-evening', '2026-03-02'], ['dee', 'late', '2026-03-02']],
      absences: [anAbsence({ staffId: 'gus', startDate: '2026-03-02', endDate: '2026-03-02' })],
      // Ann has already done ten A&E evenings in the last 12 months.
      extra: { fairnessBaseline: aFairnessBaseline({ ann: { 'a-and-e-evenings': 10 } }) },
    }),
  );
  const [gap] = findGaps(checker, { includeCovered: false });
  if (!gap) throw new Error('the fixture should have a gap');
  return { checker, gap };
}

const costEstimator: CostEstimator = ({ shift, source, minutesBeyondContract }) => ({
  pence: shift.paidMinutes * (source === 'bank' ? 30 : 20),
  basis: source === 'bank' ? 'bank' : minutesBeyondContract > 0 ? 'additional hours' : 'plain time',
});

describe('rankCoverCandidates', () => {
  it('ranks the eligible by score and excludes the rest with the rule that excludes them', () => {
    const { checker, gap } = aAndEEveningGap();
    const { candidates, excluded, shiftId } = rankCoverCandidates(gap, checker, { costEstimator });
    expect(shiftId).toBe('ae-evening@2026-03-02');
    // Eve owes hours and is below her share; Fay (bank) owes none; Ann owes hours but is far above her share.
    expect(candidates.map((c) => [c.rank, c.staffId])).toEqual([
      [1, 'eve'],
      [2, 'fay'],
      [3, 'ann'],
    ]);
    expect(excluded.map((e) => [e.staffId, e.reason, e.rules.map((r) => r.ruleId)])).toEqual([
      ['cy', 'breaks-hard-rules', ['required-skill']],
      ['dee', 'breaks-hard-rules', ['no-overlap']],
      ['gus', 'breaks-hard-rules', ['approved-absence']],
      ['hal', 'already-on-shift', []],
    ]);
  });

  it('explains each candidate: skill, rest, hours left, fairness and cost, with a score that adds up', () => {
    const { checker, gap } = aAndEEveningGap();
    const { candidates } = rankCoverCandidates(gap, checker, { costEstimator });
    const eve = candidates.find((c) => c.staffId === 'eve');
    expect(eve?.reasons.map((r) => r.text)).toEqual([
      'Holds the A&E records desk skill',
      'No earlier shift on the rota',
      '22 h 30 min left of contracted hours this period; the shift is 8 h',
      // Eleven evenings across 4.6 WTE of A&E-skilled staff: 0.6 WTE's share is 1.4.
      '0 A&E evenings over the last 12 months and this period, 1.4 below a fair share of 1.4',
      'Estimated £96.00 (plain time)',
    ]);
    expect(eve?.minutesLeftOfContract).toBe(22.5 * 60);
    expect(eve?.resolves.map((v) => v.ruleId)).toEqual(['minimum-cover']);
    expect(eve?.warnings).toEqual([]);
    const ann = candidates.find((c) => c.staffId === 'ann');
    expect(ann?.reasons.find((r) => r.kind === 'fairness')?.text).toMatch(/^10 A&E evenings .*above a fair share/);
    for (const c of candidates) expect(c.score).toBeCloseTo(c.breakdown.rules + c.breakdown.fairness + c.breakdown.cost, 2);
  });

  it('scores the rules term as exactly the soft penalty the assignment takes off the rota', () => {
    const { checker, gap } = aAndEEveningGap();
    const [top] = rankCoverCandidates(gap, checker).candidates;
    const before = checker.totals().softPenalty;
    const after = checker.apply({ kind: 'add-assignment', assignment: { id: 'x', shiftId: gap.shiftIds[0] as string, staffId: top?.staffId as string, source: 'manual' } }).softPenalty;
    expect(top?.breakdown.rules).toBeCloseTo(before - after, 2);
  });

  it('leaves the rota as it found it', () => {
    const { checker, gap } = aAndEEveningGap();
    const before = checker.report();
    rankCoverCandidates(gap, checker);
    expect(checker.report()).toEqual(before);
  });

  it('refuses a gap with no dated shift to assign to, naming the field', () => {
    const { checker } = aAndEEveningGap();
    expect(() => rankCoverCandidates({ shiftIds: [] }, checker)).toThrow(expect.objectContaining({ errors: [{ field: 'shiftId', message: 'the gap has no dated shift to assign people to yet' }] }));
  });
});
