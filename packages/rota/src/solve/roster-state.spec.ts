import { describe, expect, it } from '@jest/globals';
import { absenceCoversShift } from '../check/rota-context.js';
import { checkRota } from '../check/rota-checker.js';
import { type RotaInput } from '../check/rota-input.js';
import { parseCurtoisInstance } from '../curtois/curtois-instance.js';
import { parseCurtoisRoster } from '../curtois/curtois-roster.js';
import { curtoisToRotaInput } from '../curtois/curtois-to-rota.js';
import { RULE_IDS } from '../rules/rule-id.js';
import { readCurtoisInstance, readCurtoisSolution } from '../test-support/curtois-files.js';
import { syntheticDepartment } from '../test-support/synthetic-department.js';
import { MERGED_DUTY_TERM, RULE_INDEX } from './penalty-ledger.js';
import { RosterState } from './roster-state.js';
import { seededRandom } from './seeded-random.js';
import { compileSolverModel, type SolveMode } from './solver-model.js';

/** Fills the decision cells at random (never making one duty of two days' shifts), then compares every rule with the checker. */
function expectAgreement(input: RotaInput, mode: SolveMode, seed: number, density = 0.6, anyOption = 0.2): void {
  const model = compileSolverModel(input, { mode });
  const state = new RosterState(model);
  const random = seededRandom(seed);
  for (let p = 0; p < model.personCount; p += 1) {
    const person = model.people[p]!;
    for (const d of model.decisionDays[p]!) {
      if (random() > density) {
        state.set(p, d, -1);
        continue;
      }
      const cell = p * (model.periodTo - model.periodFrom + 1) + (d - model.periodFrom);
      // Mostly what the solver may choose; sometimes anything but approved leave, to reach the hard rules.
      const options =
        random() < anyOption
          ? model.shifts.flatMap((facts, g) => (model.optionDay[g] === d && !person.absences.some((a) => a.absence.status === 'approved' && absenceCoversShift(a, facts)) ? [g] : []))
          : [...model.choices.subarray(model.choiceStart[cell], model.choiceStart[cell + 1])];
      const g = options[Math.floor(random() * options.length)];
      if (g === undefined) continue;
      state.set(p, d, g);
      state.settle();
      if (state.ledger.hard[MERGED_DUTY_TERM]! > 0.5) state.set(p, d, -1);
    }
  }
  state.settle();
  expect(state.ledger.hard[MERGED_DUTY_TERM]).toBe(0);
  const report = checkRota({ ...input, assignments: state.assignments() });
  const ours: Record<string, [number, number]> = {};
  const theirs: Record<string, [number, number]> = {};
  for (const id of RULE_IDS) {
    const i = RULE_INDEX[id];
    const scale = model.ledger.hardScale[i]!;
    ours[id] = [round(state.ledger.soft[i]!), round(scale > 0 ? state.ledger.hard[i]! / scale : 0)];
    const t = report.byRule[id];
    theirs[id] = [round(t.weightedPenalty), round(scale > 0 ? t.penalty : 0)];
  }
  expect(ours).toEqual(theirs);
  expect(round(state.ledger.softTotal)).toBe(round(report.softPenalty));
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

describe('RosterState', () => {
  it('scores the published optimum of Instance1 at 607 with no hard units', () => {
    const instance = parseCurtoisInstance(readCurtoisInstance(1));
    const input = curtoisToRotaInput(instance, parseCurtoisRoster(readCurtoisSolution(1).text, instance));
    const state = new RosterState(compileSolverModel(input, { mode: 'fill-gaps' }));
    expect(state.ledger.softTotal).toBe(607);
    expect(state.ledger.hardTotal).toBe(0);
  });

  for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`agrees with the checker rule by rule on random rosters of Curtois Instance${n}`, () => {
      const input = curtoisToRotaInput(parseCurtoisInstance(readCurtoisInstance(n)));
      for (const seed of n <= 4 ? [1, 2, 3] : [2]) expectAgreement(input, 'whole-period', seed * 100 + n, 0.3 + 0.2 * seed);
    });
  }

  it('agrees with the checker on a department with history, leave, part-timers and a clock change, with every rule on', () => {
    for (const seed of [1, 2, 3]) {
      const input = syntheticDepartment({ staffCount: 24, days: 28, historyWeeks: 3, seed });
      expectAgreement(input, 'whole-period', seed, 0.5);
      expectAgreement(input, 'fill-gaps', seed + 10, 0.5);
    }
  });

  it('agrees with the checker with the benchmark-style rules on in a department, skill mix, and people whose pins make a split day or fall in leave', () => {
    for (const seed of [4, 5]) {
      const base = syntheticDepartment({ staffCount: 20, days: 21, historyWeeks: 2, seed });
      const input = withAwkwardPins(withStricterRules(base));
      expectAgreement(input, 'whole-period', seed, 0.6, 0.3);
      expectAgreement(input, 'fill-gaps', seed + 10, 0.6, 0.3);
    }
  });
});

/** Consecutive-day limits, weekends, successions and totals switched on (some hard), and a skill mix on every library early. */
function withStricterRules(input: RotaInput): RotaInput {
  return {
    ...input,
    coverRequirements: (input.coverRequirements ?? []).map((r) => (r.shiftTypeId === 'lib-early' ? { ...r, skillMix: [{ skill: 'reception', minimum: 1 }, { skill: 'tracking', minimum: 1 }] } : r)),
    staff: input.staff.map((member, i) => (i % 3 === 0 ? { ...member, limits: { minimumTotalMinutes: 4000, maximumTotalMinutes: 7000, maximumWeekends: 1, maximumShiftsPerType: { 'ae-night': 2, 'lib-late': 0 } } } : member)),
    settings: {
      rules: {
        'minimum-consecutive-days': { minimum: 2 },
        'minimum-consecutive-days-off': { minimum: 2, severity: 'hard' },
        'maximum-weekends': { maximum: 2 },
        'forbidden-succession': { pairs: [{ first: 'lib-late', next: 'lib-early' }, { first: 'ae-evening', next: 'rec-am' }] },
        'total-minutes': { minimum: 3000, maximum: 9000 },
        'average-weekly-hours': { limitMinutes: 30 * 60 },
        'minimum-rest-between-shifts': { severity: 'hard' },
      },
    },
  };
}

/** Pins two shifts on one day for the first person, and a shift inside approved leave for someone on leave. */
function withAwkwardPins(input: RotaInput): RotaInput {
  const start = input.period.startDate;
  const dayShift = (type: string) => input.shifts.find((s) => s.shiftTypeId === type && s.date === start);
  const first = input.staff[0]!;
  const leave = (input.absences ?? []).find((a) => a.status === 'approved' && a.startDate >= start);
  const pins = [dayShift('lib-early'), dayShift('rec-pm')].flatMap((shift) => (shift ? [{ id: `pin-${shift.id}`, shiftId: shift.id, staffId: first.id, source: 'manual' as const, pinned: true }] : []));
  const onLeave = leave ? input.shifts.find((s) => s.date === leave.startDate) : undefined;
  if (leave && onLeave) pins.push({ id: 'pin-leave', shiftId: onLeave.id, staffId: leave.staffId, source: 'manual', pinned: true });
  const taken = new Set(pins.map((p) => `${p.staffId}|${input.shifts.find((s) => s.id === p.shiftId)?.date}`));
  const dateOf = new Map(input.shifts.map((s) => [s.id, s.date]));
  return { ...input, assignments: [...input.assignments.filter((a) => !taken.has(`${a.staffId}|${dateOf.get(a.shiftId)}`)), ...pins] };
}
