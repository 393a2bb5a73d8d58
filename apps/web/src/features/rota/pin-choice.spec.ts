import { describe, expect, it } from '@jest/globals';
import type { PlannerDto } from '@recordroom/contracts';
import { pinnablePeople, pinPerson, pinSummary, presetPins } from './pin-choice';

function aPlanner(): PlannerDto {
  const type = { departmentId: 'd', unpaidBreakMinutes: 30, paidBreakMinutes: 0, locationId: 'lib', locationName: 'Records library', requiredSkill: null, paidMinutes: 450, version: 1, endsNextDay: false };
  const person = { band: '3' as const, teamId: null, teamName: null, contractedHoursPerWeek: 37.5, skills: [], contractType: 'permanent' as const, inScope: true };
  return {
    period: { id: 'p', departmentId: 'd', name: 'December', startDate: '2026-12-07', endDate: '2026-12-13', status: 'draft', version: 2, publishedAt: null, publishedBy: null },
    dates: ['2026-12-07', '2026-12-08'],
    locations: [],
    shiftTypes: [
      { ...type, id: 'e', code: 'E', name: 'Early', start: '07:00', end: '15:00' },
      { ...type, id: 'l', code: 'L', name: 'Late', start: '13:00', end: '21:00' },
    ],
    staff: [
      { ...person, id: 'zoe', name: 'Zoe Adams' },
      { ...person, id: 'ann', name: 'Ann Smith' },
      { ...person, id: 'cal', name: 'Cal Brown' },
    ],
    shifts: [
      { id: 'e8', periodId: 'p', shiftTypeId: 'e', date: '2026-12-08' },
      { id: 'l7', periodId: 'p', shiftTypeId: 'l', date: '2026-12-07' },
      { id: 'e7', periodId: 'p', shiftTypeId: 'e', date: '2026-12-07' },
    ],
    assignments: [
      { id: 'ann-e8', shiftId: 'e8', staffId: 'ann', source: 'auto', acknowledgements: [] },
      { id: 'ann-l7', shiftId: 'l7', staffId: 'ann', source: 'manual', acknowledgements: [] },
      { id: 'zoe-e7', shiftId: 'e7', staffId: 'zoe', source: 'swap', acknowledgements: [] },
    ],
    absences: [],
    gaps: [],
    heatmap: { dates: [], rows: [], cells: [], maxShortfall: 0, totals: { byDate: [], byRow: [], overall: 0 } },
    violations: [],
    fairness: [],
    hoursByStaff: [],
  };
}

describe('choosing the assignments a whole-period solve keeps', () => {
  it('lists the people with shifts by name, each shift by date with its day and shift type in words', () => {
    const people = pinnablePeople(aPlanner());
    expect(people.map((p) => [p.name, p.assignments.map((a) => [a.label, a.handMade])])).toEqual([
      ['Ann Smith', [['Mon 7 Dec, L (Late)', true], ['Tue 8 Dec, E (Early)', false]]],
      ['Zoe Adams', [['Mon 7 Dec, E (Early)', true]]],
    ]);
  });

  it('keeps none, every one, or only those made by hand (not by an earlier auto-roster)', () => {
    const planner = aPlanner();
    expect(presetPins(planner, 'none')).toEqual([]);
    expect(presetPins(planner, 'all').sort()).toEqual(['ann-e8', 'ann-l7', 'zoe-e7']);
    expect(presetPins(planner, 'hand-made').sort()).toEqual(['ann-l7', 'zoe-e7']);
  });

  it('keeps or releases one person’s shifts without touching anyone else’s', () => {
    const [ann, zoe] = pinnablePeople(aPlanner());
    const kept = pinPerson(new Set(['zoe-e7']), ann!, true);
    expect([...kept].sort()).toEqual(['ann-e8', 'ann-l7', 'zoe-e7']);
    expect([...pinPerson(kept, zoe!, false)].sort()).toEqual(['ann-e8', 'ann-l7']);
  });

  it('says in words how much is kept and what that means', () => {
    const people = pinnablePeople(aPlanner());
    expect(pinSummary(people, new Set())).toBe('Keeping none of the 3 assignments: the whole rota may change.');
    expect(pinSummary(people, new Set(['ann-e8', 'ann-l7', 'zoe-e7']))).toBe('Keeping all 3 assignments: only the gaps can be filled.');
    expect(pinSummary(people, new Set(['ann-l7']))).toBe('Keeping 1 of 3 assignments, of 1 person; the other 2 may be moved or taken off.');
  });
});
