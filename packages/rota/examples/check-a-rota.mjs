// A week at the A&E records desk: check it, find the gap, rank who could fill it, fill it.
// Run from packages/rota after `npm run build`: node examples/check-a-rota.mjs
import { checkRota, createRotaChecker, findGaps, rankCoverCandidates } from '@recordroom/rota';

const input = {
  period: { startDate: '2026-03-23', endDate: '2026-03-29' },
  locations: [{ id: 'ae', name: 'A&E records desk', kind: 'a-and-e-records-desk' }],
  shiftTypes: [
    { id: 'late', code: 'L', name: 'Late', start: '12:00', end: '20:00', endsNextDay: false, unpaidBreakMinutes: 30, locationId: 'ae', requiredSkill: 'a-and-e-desk' },
    { id: 'early', code: 'E', name: 'Early', start: '05:30', end: '13:30', endsNextDay: false, unpaidBreakMinutes: 30, locationId: 'ae', requiredSkill: 'a-and-e-desk' },
    // Crosses midnight: on Saturday 28 March it ends at 00:30 on the night the clocks go forward.
    { id: 'evening', code: 'AE', name: 'A&E evening', start: '16:00', end: '00:30', endsNextDay: true, unpaidBreakMinutes: 30, locationId: 'ae', requiredSkill: 'a-and-e-desk' },
  ],
  shifts: [
    { id: 'late-mon', shiftTypeId: 'late', date: '2026-03-23' },
    { id: 'early-tue', shiftTypeId: 'early', date: '2026-03-24' },
    { id: 'evening-sat', shiftTypeId: 'evening', date: '2026-03-28' },
  ],
  assignments: [
    { id: 'a1', shiftId: 'late-mon', staffId: 'ann', source: 'manual' },
    { id: 'a2', shiftId: 'early-tue', staffId: 'ann', source: 'manual' },
  ],
  staff: [
    { id: 'ann', firstName: 'Ann', lastName: 'Smith', skills: ['a-and-e-desk'], contractedHoursPerWeek: 37.5, workingTimeOptOut: false },
    { id: 'bo', firstName: 'Bo', lastName: 'Jones', skills: ['a-and-e-desk'], contractedHoursPerWeek: 22.5, workingTimeOptOut: false },
  ],
  coverRequirements: [{ id: 'c1', locationId: 'ae', shiftTypeId: 'evening', appliesTo: { weekday: 6 }, minimum: 1, ideal: 1 }],
};

for (const v of checkRota(input).violations) console.log(`${v.severity} ${v.ruleId}: ${v.message}`);

const checker = createRotaChecker(input);
const [gap] = findGaps(checker, { includeCovered: false });
const { candidates } = rankCoverCandidates(gap, checker);
for (const c of candidates) console.log(`#${c.rank} ${c.name} (${c.score}): ${c.reasons.map((r) => r.text).join('; ')}`);

const delta = checker.apply({ kind: 'add-assignment', assignment: { id: 'a3', shiftId: gap.shiftIds[0], staffId: candidates[0].staffId, source: 'manual' } });
console.log(`resolved: ${delta.removed.map((v) => v.ruleId).join(', ')}; valid: ${delta.valid}`);
