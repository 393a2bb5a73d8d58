import { describe, expect, it } from '@jest/globals';
import { aRota, anAbsence, aStaffMember, type RotaFixture, type Work } from '../test-support/factories.js';
import { buildFairnessLedger } from './fairness-ledger.js';

const ANN = aStaffMember();
const PAT = aStaffMember({ id: 'pat', firstName: 'Pat', lastName: 'Evans', contractedHoursPerWeek: 22.5 });
const CY = aStaffMember({ id: 'cy', firstName: 'Cy', lastName: 'Patel', skills: ['filing'] });
const FAY = aStaffMember({ id: 'fay', firstName: 'Fay', contractType: 'bank', contractedHoursPerWeek: 0 });

/** A year of worked shifts before 2 March 2026, as a ledger's input. */
function ledger(work: readonly Work[], extra: RotaFixture = {}) {
  const rota = aRota({ staff: [ANN, PAT, CY, FAY], work, ...extra });
  return buildFairnessLedger({ ...rota, referenceDate: '2026-03-02' });
}

describe('buildFairnessLedger', () => {
  it('counts A&E evenings, weekends and public holidays in the 12 months before the reference date', () => {
    const result = ledger([
      ['ann', 'ae-evening', '2025-03-01'], // a day before the window: not counted
      ['ann', 'ae-evening', '2025-03-02'],
      ['ann', 'ae-evening', '2025-12-25'], // Christmas Day, a Thursday
      ['ann', 'early', '2026-02-28'], // Saturday
      ['ann', 'late', '2026-03-01'], // Sunday of the same weekend
      ['ann', 'early', '2026-03-02'], // the reference date itself: not counted
    ]);
    expect(result).toMatchObject({ from: '2025-03-02', to: '2026-03-01' });
    expect(result.entries.find((e) => e.staffId === 'ann')?.counts).toEqual({ 'a-and-e-evenings': 2, weekends: 2, 'public-holidays': 1 });
  });

  it('pro-rates to contracted hours and measures each person against the team rate per WTE', () => {
    const result = ledger([
      ['ann', 'early', '2026-02-07'],
      ['ann', 'early', '2026-02-14'],
      ['ann', 'early', '2026-02-21'],
      ['pat', 'early', '2026-02-28'],
    ]);
    // 4 weekends over 1 + 0.6 + 1 WTE (bank staff hold no share): 1.538 per WTE.
    expect(result.teamRates.weekends).toBeCloseTo(4 / 2.6, 6);
    const ann = result.entries.find((e) => e.staffId === 'ann')?.standings.weekends;
    const pat = result.entries.find((e) => e.staffId === 'pat')?.standings.weekends;
    const cy = result.entries.find((e) => e.staffId === 'cy')?.standings.weekends;
    expect(ann?.deviation).toBeCloseTo(3 - 4 / 2.6, 6);
    expect(pat).toMatchObject({ count: 1, perWte: 1 / 0.6 });
    expect(pat?.deviation).toBeCloseTo(1 - 0.6 * (4 / 2.6), 6);
    expect(cy?.deviation).toBeCloseTo(-(4 / 2.6), 6);
    expect(result.entries.find((e) => e.staffId === 'fay')?.standings.weekends).toEqual({ count: 0, perWte: null, expected: null, deviation: null });
  });

  it('shares A&E evenings only among staff with the A&E desk skill', () => {
    const result = ledger([['ann', 'ae-evening', '2026-02-02']]);
    expect(result.entries.find((e) => e.staffId === 'cy')?.standings['a-and-e-evenings'].expected).toBeNull();
    expect(result.teamRates['a-and-e-evenings']).toBeCloseTo(1 / 1.6, 6);
  });

  it('does not count shifts the person was away from on approved absence', () => {
    const result = ledger([['ann', 'early', '2026-02-07']], { absences: [anAbsence({ kind: 'sickness', startDate: '2026-02-07', endDate: '2026-02-07' })] });
    expect(result.entries.find((e) => e.staffId === 'ann')?.counts.weekends).toBe(0);
  });
});
