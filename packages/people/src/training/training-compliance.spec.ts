import { describe, expect, it } from '@jest/globals';
import { addDays } from '@recordroom/calendar';
import fc from 'fast-check';
import { DATA_SECURITY_AWARENESS, type Course } from './course.js';
import { trainingAssignments, trainingCompliance, type TrainingPerson } from './training-compliance.js';
import { type TrainingCompletion } from './training-status.js';

const today = '2026-03-31';
const coding: Course = { id: 'coding-standards', name: 'Clinical coding standards', renewalMonths: 36, requiredForSkills: ['coding'] };
const aPerson = (id: string, overrides: Partial<TrainingPerson> = {}): TrainingPerson => ({ id, teamId: 'library', departmentId: 'hr-north', skills: ['filing'], employmentStartDate: '2020-01-01', ...overrides });
const done = (staffId: string, completedOn: string, courseId = DATA_SECURITY_AWARENESS.id): TrainingCompletion => ({ staffId, courseId, completedOn });

describe('trainingCompliance', () => {
  // Library: ann in date, bo due soon (still in date), cy expired, di never done: 2 of 4.
  // Coding office: ed in date on both courses: 2 of 2. Fay left in February: not counted.
  const people = [
    aPerson('ann'),
    aPerson('bo'),
    aPerson('cy'),
    aPerson('di'),
    aPerson('ed', { teamId: 'coding', skills: ['coding'] }),
    aPerson('fay', { employmentEndDate: '2026-02-28' }),
  ];
  const completions = [done('ann', '2025-09-01'), done('bo', '2025-04-10'), done('cy', '2025-03-01'), done('ed', '2025-10-01'), done('ed', '2024-06-01', 'coding-standards')];

  it('counts one pair per person in post and required course, in date over all: 50% library, 100% coding', () => {
    const rows = trainingCompliance(people, [DATA_SECURITY_AWARENESS, coding], completions, today, 'teamId');
    expect(rows.map(({ groupId, numerator, denominator, percent }) => ({ groupId, numerator, denominator, percent }))).toEqual([
      { groupId: 'coding', numerator: 2, denominator: 2, percent: 100 },
      { groupId: 'library', numerator: 2, denominator: 4, percent: 50 },
    ]);
    expect(rows[0]?.byCourse.map((c) => c.courseId)).toEqual(['data-security-awareness', 'coding-standards']);
  });

  it('adds up teams into the department: 4 of 6', () => {
    expect(trainingCompliance(people, [DATA_SECURITY_AWARENESS, coding], completions, today, 'departmentId')).toMatchObject([{ groupId: 'hr-north', numerator: 4, denominator: 6, percent: (100 * 4) / 6 }]);
  });

  it('gives a new starter grace for courses never done when set, not by default', () => {
    const starter = [aPerson('gus', { employmentStartDate: '2026-03-20' })];
    expect(trainingCompliance(starter, [DATA_SECURITY_AWARENESS], [], today, 'teamId')[0]).toMatchObject({ numerator: 0, denominator: 1 });
    expect(trainingCompliance(starter, [DATA_SECURITY_AWARENESS], [], today, 'teamId', { newStarterGraceDays: 28 })).toEqual([]);
  });

  it('lists staff in no team last', () => {
    expect(trainingCompliance([aPerson('hal', { teamId: null }), aPerson('ann')], [DATA_SECURITY_AWARENESS], [], today, 'teamId').map((r) => r.groupId)).toEqual(['library', null]);
  });

  it('never counts more in date than required, and adds teams up to the department', () => {
    const person = fc.record({ team: fc.constantFrom('a', 'b', 'c', null), completedDaysAgo: fc.option(fc.integer({ min: 0, max: 800 })) });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 20 }), (drawn) => {
        const staff = drawn.map((d, i) => aPerson(`p${i}`, { teamId: d.team }));
        const completed = drawn.flatMap((d, i) => (d.completedDaysAgo === null ? [] : [done(`p${i}`, addDays(today, -d.completedDaysAgo))]));
        const teams = trainingCompliance(staff, [DATA_SECURITY_AWARENESS], completed, today, 'teamId');
        const department = trainingCompliance(staff, [DATA_SECURITY_AWARENESS], completed, today, 'departmentId');
        for (const row of teams) expect(row.numerator).toBeLessThanOrEqual(row.denominator);
        expect(teams.reduce((s, r) => s + r.numerator, 0)).toBe(department[0]?.numerator ?? 0);
        expect(teams.reduce((s, r) => s + r.denominator, 0)).toBe(staff.length);
      }),
    );
  });
});

describe('trainingAssignments', () => {
  it('gives each required pair its last valid day for the KPI, null when never done', () => {
    expect(trainingAssignments([aPerson('ann'), aPerson('di')], [DATA_SECURITY_AWARENESS], [done('ann', '2025-09-01')], today)).toEqual([
      { staffId: 'ann', courseId: 'data-security-awareness', validUntil: '2026-08-31' },
      { staffId: 'di', courseId: 'data-security-awareness', validUntil: null },
    ]);
  });
});
