import { describe, expect, it } from '@jest/globals';
import { addMonthsClamped } from '@recordroom/calendar';
import { checkRota, checkSwap, createRotaChecker, findGaps, rankCoverCandidates, validateAbsence } from '@recordroom/rota';
import { generateDemoOrganisation } from '../organisation.js';
import { demoRotaInput } from './demo-rota-input.js';
import { generateDemoRota } from './generate-demo-rota.js';

const REFERENCE_DATE = '2026-11-02';
const organisation = generateDemoOrganisation();
const rota = generateDemoRota(organisation, { referenceDate: REFERENCE_DATE });

function periodWithStatus(status: 'draft' | 'published') {
  const period = rota.periods.find((p) => p.status === status);
  if (!period) throw new Error(`No ${status} period`);
  return period;
}

describe('generateDemoRota', () => {
  it('publishes the four weeks containing the reference date, with no hard breach and cover near full', () => {
    const published = periodWithStatus('published');
    const report = checkRota(demoRotaInput(organisation, rota, published.id));
    const gaps = findGaps(demoRotaInput(organisation, rota, published.id), { includeCovered: true });

    expect(published.startDate <= REFERENCE_DATE && REFERENCE_DATE <= published.endDate).toBe(true);
    expect(report.violations.filter((v) => v.severity === 'hard').map((v) => v.message)).toEqual([]);
    expect(gaps.filter((g) => g.shortfall > 0).length / gaps.length).toBeLessThan(0.05);
  });

  it('drafts the next four weeks with gaps, among them an A&E evening someone eligible could fill', () => {
    const published = periodWithStatus('published');
    const draft = periodWithStatus('draft');
    const checker = createRotaChecker(demoRotaInput(organisation, rota, draft.id));
    const evening = rota.shiftTypes.find((t) => t.endsNextDay);

    const aeGaps = findGaps(checker).filter((g) => g.shiftTypeId === evening?.id && g.shortfall > 0);
    const candidates = aeGaps.map((gap) => rankCoverCandidates(gap, checker).candidates.length);

    expect(draft.startDate > published.endDate).toBe(true);
    expect(evening?.requiredSkill).toBe('a-and-e-desk');
    expect(aeGaps.length).toBeGreaterThan(0);
    expect(Math.max(...candidates)).toBeGreaterThan(0);
    expect(checker.report().violations.filter((v) => v.severity === 'hard')).toEqual([]);
  });

  it('keeps 12 months of finalised history before the current period, for the fairness ledger', () => {
    const published = periodWithStatus('published');
    const history = rota.periods.filter((p) => p.status === 'finalised');
    const earliest = history.map((p) => p.startDate).sort()[0];

    expect(earliest !== undefined && earliest <= addMonthsClamped(published.startDate, -12)).toBe(true);
    expect(history.every((p) => p.endDate < published.startDate)).toBe(true);
  });

  it('records leave approved and requested, never overlapping for one person, and swap requests', () => {
    const byPerson = new Map<string, typeof rota.absences>();
    for (const absence of rota.absences) byPerson.set(absence.staffId, [...(byPerson.get(absence.staffId) ?? []), absence]);
    const overlaps = [...byPerson.values()].flatMap((list) => list.flatMap((a) => validateAbsence(a, list.filter((b) => b.id !== a.id))));

    expect(overlaps).toEqual([]);
    expect(new Set(rota.absences.map((a) => a.status))).toEqual(new Set(['approved', 'requested']));
    expect(rota.swaps.length).toBeGreaterThanOrEqual(1);
    expect(rota.workingPatterns.length).toBeGreaterThan(0);
  });

  // Seeds 1, 6 and 9 once drew an exchange onto a shift the colleague already worked, or into their approved leave.
  it.each([1, 2, 6, 9, 13, 20])('asks only for swaps the rota rules allow (seed %i): exchanges and give-aways pass checkSwap', (seed) => {
    const trust = generateDemoOrganisation({ seed });
    const drawn = generateDemoRota(trust, { seed, referenceDate: REFERENCE_DATE });
    const published = drawn.periods.find((p) => p.status === 'published');
    if (!published) throw new Error('No published period');
    const checker = createRotaChecker(demoRotaInput(trust, drawn, published.id));

    const refused = drawn.swaps
      .map((swap) => ({ swap, check: checkSwap(swap.toAssignmentId === null ? { assignmentId: swap.fromAssignmentId, toStaffId: swap.toStaffId } : { assignmentId: swap.fromAssignmentId, withAssignmentId: swap.toAssignmentId }, checker) }))
      .filter(({ check }) => !check.allowed)
      .map(({ swap, check }) => [swap.id, ...check.errors.map((e) => e.message), ...check.introduced.filter((v) => v.severity === 'hard').map((v) => v.message)]);

    expect(drawn.swaps.map((s) => (s.toAssignmentId === null ? 'give-away' : 'exchange'))).toEqual(['exchange', 'give-away']);
    expect(refused).toEqual([]);
    expect(new Set(drawn.swaps.flatMap((s) => [s.fromAssignmentId, s.toAssignmentId ?? []].flat())).size).toBe(3);
  });

  it('is the same for the same seed', () => {
    expect(generateDemoRota(organisation, { referenceDate: REFERENCE_DATE })).toEqual(rota);
  });

  it('scales to a trust of 2,000 staff in 50 departments', () => {
    const trust = generateDemoOrganisation({ staffCount: 2_000 });
    const trustRota = generateDemoRota(trust);

    expect(new Set(trustRota.periods.map((p) => p.departmentId)).size).toBe(50);
    expect(trustRota.assignments.length).toBeGreaterThan(100_000);
  });
});
