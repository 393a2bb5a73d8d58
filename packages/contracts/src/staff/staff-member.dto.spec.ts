import { describe, expect, it } from '@jest/globals';
import { createStaffSchema, listStaffQuery, updateStaffSchema } from './staff-member.dto.js';

const newStarter = {
  employeeNumber: 'E-1001',
  firstName: ' Robin ',
  lastName: 'Newstarter',
  jobTitle: 'Health records clerk',
  band: '3',
  payPoint: 1,
  contractType: 'permanent',
  contractedHoursPerWeek: 37.5,
  nhsServiceStartDate: '2026-01-05',
};

describe('createStaffSchema', () => {
  it('fills in what a new starter does not have yet, and trims names', () => {
    expect(createStaffSchema.parse(newStarter)).toEqual({
      ...newStarter,
      firstName: 'Robin',
      teamId: null,
      skills: [],
      lineManagerId: null,
      workingTimeOptOut: false,
      dbsCheckDate: null,
    });
  });

  it('refuses contracted hours that are not whole quarter hours, or beyond the limits', () => {
    expect(createStaffSchema.safeParse({ ...newStarter, contractedHoursPerWeek: 22.3 }).error?.issues[0]?.message).toBe('must be in quarter hours');
    expect(createStaffSchema.safeParse({ ...newStarter, contractedHoursPerWeek: 60 }).success).toBe(false);
  });

  it('refuses the same skill twice', () => {
    expect(createStaffSchema.safeParse({ ...newStarter, skills: ['filing', 'filing'] }).error?.issues[0]?.message).toBe('must not repeat a skill');
  });
});

describe('updateStaffSchema', () => {
  it('needs the version read, and takes only the fields that change', () => {
    expect(updateStaffSchema.parse({ version: 3, band: '4' })).toEqual({ version: 3, band: '4' });
    expect(updateStaffSchema.safeParse({ band: '4' }).error?.issues[0]?.path).toEqual(['version']);
  });
});

describe('listStaffQuery', () => {
  it('sorts by last name, ascending, unless told otherwise', () => {
    expect(listStaffQuery.parse({})).toMatchObject({ sort: 'lastName', order: 'asc', page: 1, pageSize: 25 });
    expect(listStaffQuery.safeParse({ sort: 'salary' }).success).toBe(false);
  });
});
