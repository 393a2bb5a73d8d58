import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RotaValidationError } from '../validation/field-error.js';
import { aRota, aShiftType, anAbsence, SHIFT_TYPES } from '../test-support/factories.js';
import { syntheticDepartment } from '../test-support/synthetic-department.js';
import { type Absence } from '../model/absence.js';
import { checkRota, createRotaChecker, type RotaEdit, type RotaReport } from './rota-checker.js';
import { type RotaInput } from './rota-input.js';

const dawn = aShiftType({ id: 'dawn', name: 'Early', start: '05:30', end: '13:30' });
const shortRest = (): RotaInput =>
  aRota({
    shiftTypes: [...Object.values(SHIFT_TYPES), dawn],
    work: [['ann', 'late', '2026-03-02'], ['ann', 'dawn', '2026-03-03'], ['cy', 'early', '2026-03-04']],
    settings: { rules: { 'contracted-hours': { enabled: false }, 'fair-share': { enabled: false } } },
  });

/** What a report says, independent of the order people and slots were visited in. */
function essence(report: RotaReport) {
  return {
    valid: report.valid,
    hard: report.hardViolationCount,
    soft: report.softPenalty,
    violations: report.violations.map((v) => ({ ...v, assignmentIds: [...v.assignmentIds].sort() })),
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

describe('createRotaChecker', () => {
  it('reports each breach once, hard ones first, with totals', () => {
    const report = checkRota(shortRest());
    expect(report.valid).toBe(true);
    expect(report.violations.map((v) => v.ruleId)).toEqual(['minimum-rest-between-shifts']);
    expect(report.softPenalty).toBe(150);
    expect(report.byRule['minimum-rest-between-shifts']).toEqual({ count: 1, penalty: 150, weightedPenalty: 150 });
  });

  it('resolves a breach when the second shift moves to someone else, and says so in the delta', () => {
    const checker = createRotaChecker(shortRest());
    const delta = checker.apply({ kind: 'move-assignment', assignmentId: 'ann:dawn@2026-03-03', staffId: 'cy' });
    expect(delta.removed.map((v) => v.ruleId)).toEqual(['minimum-rest-between-shifts']);
    expect(delta.added).toEqual([]);
    expect(delta.softPenalty).toBe(0);
    expect(checker.toInput().assignments.find((a) => a.id === 'ann:dawn@2026-03-03')).toMatchObject({ staffId: 'cy', shiftId: 'dawn@2026-03-03' });
  });

  it('previews an edit without keeping it', () => {
    const checker = createRotaChecker(shortRest());
    const before = essence(checker.report());
    const delta = checker.preview({ kind: 'remove-assignment', assignmentId: 'ann:late@2026-03-02' });
    expect(delta.removed).toHaveLength(1);
    expect(essence(checker.report())).toEqual(before);
  });

  it('makes a rostered shift a hard breach when leave on its day is approved, and a gap in cover', () => {
    const input = aRota({ work: [['ann', 'early', '2026-03-02']], coverRequirements: [{ id: 'c', locationId: 'library', shiftTypeId: 'early', appliesTo: { date: '2026-03-02' }, minimum: 1, ideal: 1 }] });
    const checker = createRotaChecker(input);
    expect(checker.report().valid).toBe(true);
    const delta = checker.apply({ kind: 'set-absence', absence: anAbsence() });
    expect(delta.valid).toBe(false);
    expect(delta.added.map((v) => v.ruleId)).toEqual(expect.arrayContaining(['approved-absence', 'minimum-cover']));
  });

  it('refuses an edit naming an unknown assignment, naming the field, and undoes the edits before it', () => {
    const checker = createRotaChecker(shortRest());
    const before = essence(checker.report());
    const edits: RotaEdit[] = [
      { kind: 'remove-assignment', assignmentId: 'ann:late@2026-03-02' },
      { kind: 'move-assignment', assignmentId: 'nobody', staffId: 'cy' },
    ];
    expect(() => checker.apply(edits)).toThrow(RotaValidationError);
    expect(() => checker.apply(edits)).toThrow(expect.objectContaining({ errors: [{ field: 'edits[1].assignmentId', message: 'names no assignment on this rota: nobody' }] }));
    expect(essence(checker.report())).toEqual(before);
  });

  it('refuses a shift type that ends before it starts, naming the field, rather than count a negative shift', () => {
    const input = aRota({ shiftTypes: [aShiftType({ start: '22:00', end: '07:00' })] });
    expect(() => createRotaChecker(input)).toThrow(
      expect.objectContaining({ errors: [{ field: 'shiftTypes[0].end', message: 'ends at 07:00, before it starts at 22:00: a shift that crosses midnight needs endsNextDay' }] }),
    );
  });

  it('refuses an absence edit whose leave ends before it starts, naming the field', () => {
    const checker = createRotaChecker(shortRest());
    expect(() => checker.apply({ kind: 'set-absence', absence: anAbsence({ startDate: '2026-03-06', endDate: '2026-03-02' }) })).toThrow(
      expect.objectContaining({ errors: [{ field: 'edits[0].absence.endDate', message: 'ends on Mon 2 Mar, before it starts on Fri 6 Mar' }] }),
    );
  });

  it('names every bad reference in its input', () => {
    const input = aRota({ work: [['ann', 'early', '2026-03-02']] });
    expect(() => createRotaChecker({ ...input, assignments: [...input.assignments, { id: 'x', shiftId: 'early@2026-03-02', staffId: 'zed', source: 'manual' }] })).toThrow(
      expect.objectContaining({ errors: [{ field: 'assignments[1].staffId', message: 'names no known staff member: zed' }] }),
    );
  });

  it('carries a manager’s acknowledgement on a soft breach, never on a hard one', () => {
    const input = shortRest();
    const acknowledged = {
      ...input,
      assignments: input.assignments.map((a) =>
        a.id === 'ann:dawn@2026-03-03' ? { ...a, acknowledgements: [{ ruleId: 'minimum-rest-between-shifts' as const, note: 'Compensatory rest on Thu 5 Mar' }] } : a,
      ),
    };
    expect(checkRota(acknowledged).violations[0]?.acknowledgement).toBe('Compensatory rest on Thu 5 Mar');
    const hard = checkRota({ ...acknowledged, settings: { ...acknowledged.settings, rules: { ...acknowledged.settings?.rules, 'minimum-rest-between-shifts': { severity: 'hard' } } } });
    expect(hard.violations[0]?.acknowledgement).toBeUndefined();
  });

  it('never changes its input', () => {
    const input = deepFreeze(syntheticDepartment({ staffCount: 12, days: 14, historyWeeks: 1, seed: 3 }));
    const checker = createRotaChecker(input);
    const first = input.assignments.find((a) => a.shiftId.endsWith(input.period.startDate)) ?? input.assignments[0];
    expect(() => checker.apply({ kind: 'move-assignment', assignmentId: first?.id ?? '', staffId: input.staff[0]?.id ?? '' })).not.toThrow();
  });

  it('after any sequence of edits, reports exactly what a fresh full check of the same rota reports', () => {
    const base = syntheticDepartment({ staffCount: 16, days: 14, historyWeeks: 2, seed: 5 });
    const staffIds = base.staff.map((s) => s.id);
    const periodShifts = base.shifts.filter((s) => s.date >= base.period.startDate).map((s) => s.id);
    const periodAssignments = base.assignments.filter((a) => periodShifts.includes(a.shiftId)).map((a) => a.id);
    const editArb = fc.oneof(
      fc.record({ kind: fc.constant('move' as const), a: fc.integer({ min: 0, max: 10_000 }), staff: fc.constantFrom(...staffIds), shift: fc.option(fc.constantFrom(...periodShifts)) }),
      fc.record({ kind: fc.constant('add' as const), staff: fc.constantFrom(...staffIds), shift: fc.constantFrom(...periodShifts) }),
      fc.record({ kind: fc.constant('remove' as const), a: fc.integer({ min: 0, max: 10_000 }) }),
      fc.record({ kind: fc.constant('leave' as const), staff: fc.constantFrom(...staffIds), day: fc.integer({ min: 0, max: 13 }), length: fc.integer({ min: 1, max: 4 }), approved: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (steps) => {
        const checker = createRotaChecker(base);
        const live = [...periodAssignments];
        let added = 0;
        for (const step of steps) {
          let edit: RotaEdit;
          if (step.kind === 'move' && live.length > 0) {
            edit = { kind: 'move-assignment', assignmentId: live[step.a % live.length] as string, staffId: step.staff, ...(step.shift ? { shiftId: step.shift } : {}) };
          } else if (step.kind === 'remove' && live.length > 0) {
            const [id] = live.splice(step.a % live.length, 1);
            edit = { kind: 'remove-assignment', assignmentId: id as string };
          } else if (step.kind === 'leave') {
            const start = new Date(Date.parse(`${base.period.startDate}T00:00:00Z`) + step.day * 86_400_000).toISOString().slice(0, 10);
            const end = new Date(Date.parse(`${start}T00:00:00Z`) + (step.length - 1) * 86_400_000).toISOString().slice(0, 10);
            const absence: Absence = { id: `leave-${step.staff}`, staffId: step.staff, kind: 'annual-leave', status: step.approved ? 'approved' : 'requested', startDate: start, endDate: end };
            edit = { kind: 'set-absence', absence };
          } else {
            const id = `new-${added++}`;
            live.push(id);
            edit = { kind: 'add-assignment', assignment: { id, shiftId: 'shift' in step && step.shift ? step.shift : (periodShifts[0] as string), staffId: 'staff' in step ? step.staff : (staffIds[0] as string), source: 'manual' } };
          }
          checker.apply(edit);
          expect(essence(checker.report())).toEqual(essence(checkRota(checker.toInput())));
        }
      }),
      { numRuns: 60 },
    );
  });
});
