import { FULL_TIME_HOURS_PER_WEEK, reportingLine, type Role, type StaffMember } from '@recordroom/people';
import { type GeneratedDepartment } from './department.js';
import { fullName, pickPersonName } from './names.js';
import { type Random } from './prng.js';
import { randomUuid } from './uuid.js';

/** The one password of every demo sign-in. A demo organisation is never real data. */
export const DEMO_PASSWORD = 'recordroom-demo';

/** Demo sign-ins are `<role>@demo.recordroom.org`. */
const DEMO_EMAIL_DOMAIN = 'demo.recordroom.org';

export interface DemoAccount {
  id: string;
  organisationId: string;
  email: string;
  displayName: string;
  role: Role;
  /** The staff member who signs in, or null for people outside the department's staff list. */
  staffMemberId: string | null;
  /** The department the account is scoped to, or null for organisation-wide access. */
  departmentId: string | null;
}

function find<T>(items: readonly T[], predicate: (item: T) => boolean, what: string): T {
  const found = items.find(predicate);
  if (found === undefined) throw new RangeError(`The demo department has no ${what}`);
  return found;
}

/**
 * The staff sign-in is best a clerk with no reports of their own who works A&E shifts on a
 * full-time permanent contract: the one who shows the most of a rota in a demo.
 */
function demoClerkRank(person: StaffMember, managers: ReadonlySet<string | null>): number {
  return (
    (managers.has(person.id) ? 8 : 0) +
    (person.skills.includes('a-and-e-desk') ? 0 : 4) +
    (person.contractType === 'permanent' ? 0 : 2) +
    (person.contractedHoursPerWeek >= FULL_TIME_HOURS_PER_WEEK ? 0 : 1)
  );
}

/**
 * One demo sign-in per role, all in the organisation's first department:
 * - admin: a system administrator (no staff record, organisation-wide);
 * - manager: the department's Band 7 health records manager;
 * - officer: the officer leading the first team (A&E and Wards), who has direct and indirect reports;
 * - senior: a head of service (no staff record, read-only organisation-wide);
 * - staff: a Band 2-3 clerk in that officer's line.
 */
export function demoAccounts(organisationId: string, first: GeneratedDepartment, random: Random): DemoAccount[] {
  const { staff } = first;
  const departmentId = first.department.id;
  const manager = find(staff, (person) => person.band === '7' && person.lineManagerId === null, 'Band 7 manager');
  const firstTeam = find(first.teams, (team) => team.leadStaffId !== null, 'team with an officer');
  const officer = find(staff, (person) => person.id === firstTeam.leadStaffId, 'officer');
  const line = reportingLine(officer.id, staff);
  const clerks = staff.filter((person) => line.has(person.id) && (person.band === '2' || person.band === '3'));
  const managers = new Set(staff.map((person) => person.lineManagerId));
  const clerk = [...clerks].sort((a, b) => demoClerkRank(a, managers) - demoClerkRank(b, managers))[0];
  if (clerk === undefined) throw new RangeError('The demo officer has no Band 2-3 clerk in their line');

  const account = (role: Role, displayName: string, staffMemberId: string | null, scope: string | null): DemoAccount => ({
    id: randomUuid(random),
    organisationId,
    email: `${role}@${DEMO_EMAIL_DOMAIN}`,
    displayName,
    role,
    staffMemberId,
    departmentId: scope,
  });
  return [
    account('admin', 'System administrator', null, null),
    account('manager', fullName(manager), manager.id, departmentId),
    account('officer', fullName(officer), officer.id, departmentId),
    account('senior', fullName(pickPersonName(random, new Set(staff.map(fullName)))), null, null),
    account('staff', fullName(clerk), clerk.id, departmentId),
  ];
}
