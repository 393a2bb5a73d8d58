import { describe, expect, it } from '@jest/globals';
import { DATA_SECURITY_AWARENESS, isCourseRequiredFor, type Course } from './course.js';
import { trainingStatus, type TrainingCompletion } from './training-status.js';

const done = (completedOn: string, courseId = DATA_SECURITY_AWARENESS.id): TrainingCompletion => ({ staffId: 'ann', courseId, completedOn });

describe('trainingStatus', () => {
  it('holds a yearly course compliant to the day before its anniversary, expired from it', () => {
    expect(trainingStatus(DATA_SECURITY_AWARENESS, [done('2025-03-10')], '2026-03-09')).toMatchObject({ status: 'due-soon', dueOn: '2026-03-10' });
    expect(trainingStatus(DATA_SECURITY_AWARENESS, [done('2025-03-10')], '2026-03-10').status).toBe('expired');
  });

  it('is compliant until 28 days before renewal, due soon from then', () => {
    expect(trainingStatus(DATA_SECURITY_AWARENESS, [done('2025-03-10')], '2026-02-09').status).toBe('compliant'); // 29 days ahead
    expect(trainingStatus(DATA_SECURITY_AWARENESS, [done('2025-03-10')], '2026-02-10').status).toBe('due-soon'); // 28 days ahead
  });

  it('is never done with no completion of this course', () => {
    expect(trainingStatus(DATA_SECURITY_AWARENESS, [done('2025-03-10', 'fire-safety')], '2026-03-01')).toEqual({ courseId: DATA_SECURITY_AWARENESS.id, status: 'never-done', completedOn: null, dueOn: null });
  });

  it('takes the latest completion, and ignores completions after the day asked about', () => {
    const completions = [done('2024-03-01'), done('2025-02-01'), done('2026-02-15')];
    expect(trainingStatus(DATA_SECURITY_AWARENESS, completions, '2026-01-10')).toMatchObject({ status: 'due-soon', completedOn: '2025-02-01', dueOn: '2026-02-01' });
    expect(trainingStatus(DATA_SECURITY_AWARENESS, completions, '2026-02-10').status).toBe('expired');
    expect(trainingStatus(DATA_SECURITY_AWARENESS, completions, '2026-02-15')).toMatchObject({ status: 'compliant', dueOn: '2027-02-15' });
  });

  it('keeps a course done once compliant for good', () => {
    const induction: Course = { id: 'induction', name: 'Corporate induction', renewalMonths: null };
    expect(trainingStatus(induction, [done('2015-01-05', 'induction')], '2026-03-01')).toEqual({ courseId: 'induction', status: 'compliant', completedOn: '2015-01-05', dueOn: null });
  });
});

describe('isCourseRequiredFor', () => {
  it('requires a course of everyone unless it names skills', () => {
    const coding: Course = { id: 'coding-standards', name: 'Clinical coding standards', renewalMonths: 36, requiredForSkills: ['coding'] };
    expect(isCourseRequiredFor(DATA_SECURITY_AWARENESS, { skills: [] })).toBe(true);
    expect(isCourseRequiredFor(coding, { skills: ['filing'] })).toBe(false);
    expect(isCourseRequiredFor(coding, { skills: ['filing', 'coding'] })).toBe(true);
  });
});
