import { type createDepartmentSchema, type createLocationSchema, type CreateStaffBody, type createTeamSchema } from '@recordroom/contracts';
import { type z } from 'zod';

/**
 * Valid request bodies with overrides. Names and employee numbers carry a counter and a random
 * run tag, so bodies never clash with each other or with a generated organisation (whose
 * employee numbers are 8 digits).
 */
export type NewStaffMemberBody = CreateStaffBody;
export type NewTeamBody = z.input<typeof createTeamSchema>;
export type NewLocationBody = z.input<typeof createLocationSchema>;
export type NewDepartmentBody = z.input<typeof createDepartmentSchema>;

const runTag = Math.random().toString(36).slice(2, 7).toUpperCase();
let counter = 0;
function unique(): string {
  counter += 1;
  return `${runTag}${counter}`;
}

/** A full-time permanent Band 3 clerk with no team, no line manager and no DBS check yet. */
export function aNewStaffMember(overrides: Partial<NewStaffMemberBody> = {}): NewStaffMemberBody {
  const tag = unique();
  return {
    employeeNumber: `T-${tag}`,
    firstName: 'Robin',
    lastName: `Newstarter${tag}`,
    jobTitle: 'Health records clerk',
    band: '3',
    payPoint: 1,
    contractType: 'permanent',
    contractedHoursPerWeek: 37.5,
    nhsServiceStartDate: '2024-04-02',
    ...overrides,
  };
}

export function aNewTeam(overrides: Partial<NewTeamBody> = {}): NewTeamBody {
  return { name: `Night records ${unique()}`, ...overrides };
}

export function aNewLocation(overrides: Partial<NewLocationBody> = {}): NewLocationBody {
  return { name: `Ward ${unique()}`, kind: 'ward', ...overrides };
}

export function aNewDepartment(overrides: Partial<NewDepartmentBody> = {}): NewDepartmentBody {
  const tag = unique();
  return { name: `Health Records - Annexe ${tag}`, costCentre: `CC${tag}`.slice(0, 20), ...overrides };
}
