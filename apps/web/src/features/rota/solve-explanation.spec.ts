import { describe, expect, it } from '@jest/globals';
import type { SolvePreviewSummaryDto } from '@recordroom/contracts';
import type { GapCandidate } from '@recordroom/rota';
import { candidateReason, dayChange, formatPoints, gapReasons, ruleMeaning, ruleName } from './solve-explanation';

function aCandidate(overrides: Partial<GapCandidate> = {}): GapCandidate {
  return { staffId: 'ann', name: 'Ann Smith', outcome: 'blocked', rules: [], penaltyChange: 0, leaves: null, ...overrides };
}

function aGap(candidates: GapCandidate[]): SolvePreviewSummaryDto['unfilledGaps'][number] {
  return {
    gap: { date: '2026-12-07', locationId: 'ae', shiftTypeId: 'eve', requirementId: 'r', shiftIds: ['s'], minimum: 2, ideal: 2, assigned: 1, counted: 1, notCounted: [], shortfall: 1, shortfallToIdeal: 1, skillShortfalls: [], overIdeal: 0, status: 'below-minimum' },
    shiftId: 's',
    shiftTypeCode: 'AE-EVE',
    candidates,
  };
}

describe('the auto-roster explanation in words', () => {
  it('names rules by their title and says what they ask without the penalty arithmetic', () => {
    expect(ruleName('minimum-rest-between-shifts')).toBe('Daily rest between shifts');
    expect(ruleMeaning('minimum-rest-between-shifts')).toMatch(/^A person has at least 11 consecutive hours of rest/);
    expect(ruleMeaning('minimum-rest-between-shifts')).not.toMatch(/Penalty/);
  });

  it('says why each candidate is not on the shift', () => {
    expect(candidateReason(aCandidate({ rules: [{ ruleId: 'approved-absence', severity: 'hard', change: 1, message: 'Ann Smith is on annual leave on Mon 7 Dec.' }] }))).toBe(
      'Cannot take it without breaking a hard rule: Approved absence. Ann Smith is on annual leave on Mon 7 Dec.',
    );
    expect(candidateReason(aCandidate({ outcome: 'costs-more', penaltyChange: 42.25, rules: [{ ruleId: 'fair-share', severity: 'soft', change: 30 }, { ruleId: 'staff-preferences', severity: 'soft', change: 12.25 }] }))).toBe(
      'Could take it, but that would add 42.3 penalty points (Fair share of unsocial work and Staff preferences), more than leaving the gap costs.',
    );
    expect(candidateReason(aCandidate({ outcome: 'kept-assignment' }))).toBe('Already works a shift that day that the solve had to keep.');
    expect(candidateReason(aCandidate({ outcome: 'could-take', penaltyChange: -5 }))).toMatch(/5 points better: the search ran out of time/);
  });

  it('sums up a gap’s candidates by outcome, the hard rules that block most first', () => {
    const gap = aGap([
      aCandidate({ rules: [{ ruleId: 'approved-absence', severity: 'hard', change: 1 }] }),
      aCandidate({ staffId: 'bo', rules: [{ ruleId: 'minimum-rest-between-shifts', severity: 'hard', change: 120 }] }),
      aCandidate({ staffId: 'cy', rules: [{ ruleId: 'minimum-rest-between-shifts', severity: 'hard', change: 60 }] }),
      aCandidate({ staffId: 'di', outcome: 'costs-more', penaltyChange: 9 }),
      aCandidate({ staffId: 'ed', outcome: 'kept-assignment' }),
    ]);
    expect(gapReasons(gap)).toBe('Of 5 people, 3 cannot take it (Daily rest between shifts 2, Approved absence 1); 1 would add more penalty than the gap; 1 already works a kept shift that day.');
    expect(gapReasons(aGap([]))).toBe('Nobody in the department could be asked.');
  });

  it('reads each day’s change as put on, taken off or moved', () => {
    expect(dayChange({ date: '2026-12-07', kind: 'moved', from: { assignmentId: 'a', shiftId: 's1', shiftTypeCode: 'E' }, to: { shiftId: 's2', shiftTypeCode: 'L' } })).toBe('Mon 7 Dec: moved from E to L');
    expect(dayChange({ date: '2026-12-08', kind: 'on', from: null, to: { shiftId: 's2', shiftTypeCode: 'L' } })).toBe('Tue 8 Dec: put on L');
    expect(dayChange({ date: '2026-12-08', kind: 'off', from: { assignmentId: 'a', shiftId: 's1', shiftTypeCode: 'E' }, to: null })).toBe('Tue 8 Dec: taken off E');
    expect(formatPoints(1234.56)).toBe('1,234.6');
  });
});
