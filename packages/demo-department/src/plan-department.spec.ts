import { describe, expect, it } from '@jest/globals';
import { MINIMUM_DEPARTMENT_STAFF, planDepartment, type PlannedPost } from './plan-department.js';
import { TEAM_TEMPLATES } from './teams.js';

const countBy = (plan: readonly PlannedPost[], key: (post: PlannedPost) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const post of plan) counts[key(post)] = (counts[key(post)] ?? 0) + 1;
  return counts;
};

describe('planDepartment', () => {
  it('plans 40 staff as a Band 7 manager, a Band 6 deputy, five Band 4-5 officers and 33 Band 2-3 staff', () => {
    const plan = planDepartment(40);
    expect(plan).toHaveLength(40);
    expect(countBy(plan, ({ post }) => post.band)).toEqual({ '2': 25, '3': 8, '4': 3, '5': 2, '6': 1, '7': 1 });
    expect(countBy(plan, ({ kind }) => kind)).toEqual({ manager: 1, deputy: 1, officer: 5, senior: 3, member: 30 });
  });

  it('sizes the five teams of a 40-person department 8, 10, 8, 4 and 3 under their officers', () => {
    const underOfficers = countBy(
      planDepartment(40).filter(({ kind }) => kind === 'senior' || kind === 'member'),
      ({ teamIndex }) => TEAM_TEMPLATES[teamIndex ?? -1]?.name ?? 'none',
    );
    expect(underOfficers).toEqual({
      'A&E and Wards': 8,
      'Records Library': 10,
      'Outpatient Reception': 8,
      'Coding and Scanning': 4,
      'Access to Records': 3,
    });
  });

  it('has Band 2 staff report to their team senior where there is one, everyone else in a team to its officer', () => {
    const plan = planDepartment(40);
    for (const post of plan.filter(({ kind }) => kind === 'member')) {
      const manager = plan[post.lineManagerIndex ?? -1];
      expect(manager?.teamIndex).toBe(post.teamIndex);
      const teamHasSenior = plan.some(({ kind, teamIndex }) => kind === 'senior' && teamIndex === post.teamIndex);
      expect(manager?.kind).toBe(post.post.band === '2' && teamHasSenior ? 'senior' : 'officer');
    }
  });

  it('plans every size from the minimum up exactly, each team led by an officer, line managers before their reports', () => {
    for (let staffCount = MINIMUM_DEPARTMENT_STAFF; staffCount <= 120; staffCount += 1) {
      const plan = planDepartment(staffCount);
      expect(plan).toHaveLength(staffCount);
      expect(plan.filter(({ kind }) => kind === 'manager')).toHaveLength(1);
      const teams = new Set(plan.map(({ teamIndex }) => teamIndex).filter((team) => team !== null));
      expect(plan.filter(({ kind }) => kind === 'officer')).toHaveLength(teams.size);
      expect(plan[0]).toMatchObject({ kind: 'manager', lineManagerIndex: null });
      expect(plan.slice(1).every((post, i) => post.lineManagerIndex !== null && post.lineManagerIndex <= i)).toBe(true);
    }
  });

  it('gives the smallest department a manager, an A&E officer and one clerk', () => {
    expect(planDepartment(3).map(({ post }) => post.jobTitle)).toEqual([
      'Health records manager',
      'Health records officer (A&E and wards)',
      'A&E records clerk',
    ]);
  });

  it('refuses a department too small for every demo sign-in, or a fraction of a person', () => {
    expect(() => planDepartment(2)).toThrow(RangeError);
    expect(() => planDepartment(40.5)).toThrow(RangeError);
  });
});
