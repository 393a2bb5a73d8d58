import { describe, expect, it } from '@jest/globals';
import { reportingLine, ROLES } from '@recordroom/people';
import { DEMO_PASSWORD } from './accounts.js';
import { generateDemoOrganisation, type DemoOrganisation } from './organisation.js';

const accountFor = (trust: DemoOrganisation, role: string) => {
  const account = trust.accounts.find((candidate) => candidate.role === role);
  if (account === undefined) throw new Error(`No ${role} account`);
  return account;
};

describe('demo accounts', () => {
  describe.each([
    ['the default trust', generateDemoOrganisation()],
    ['a 2,000-staff trust', generateDemoOrganisation({ seed: 5, staffCount: 2_000 })],
  ] as const)('of %s', (_, trust) => {
    const firstDepartment = trust.departments[0]?.id;
    const staffMember = (id: string | null) => trust.staff.find((person) => person.id === id);

    it('has one sign-in per role, at <role>@demo.recordroom.org', () => {
      expect(trust.accounts.map((account) => account.role)).toEqual([...ROLES]);
      expect(trust.accounts.map((account) => account.email)).toEqual(ROLES.map((role) => `${role}@demo.recordroom.org`));
    });

    it("signs the manager in as the first department's Band 7 health records manager", () => {
      const manager = accountFor(trust, 'manager');
      expect(staffMember(manager.staffMemberId)).toMatchObject({ band: '7', lineManagerId: null, departmentId: firstDepartment });
      expect(manager.departmentId).toBe(firstDepartment);
    });

    it('signs the officer in as a Band 4-5 officer with direct and indirect reports', () => {
      const officer = accountFor(trust, 'officer');
      const person = staffMember(officer.staffMemberId);
      expect(['4', '5']).toContain(person?.band);
      expect(person?.departmentId).toBe(firstDepartment);
      const line = reportingLine(person?.id ?? '', trust.staff);
      const direct = trust.staff.filter((report) => report.lineManagerId === person?.id);
      expect(direct.length).toBeGreaterThan(0);
      expect(line.size).toBeGreaterThan(direct.length);
      expect(officer.departmentId).toBe(firstDepartment);
    });

    it("signs the staff member in as a Band 2-3 clerk in the officer's line who manages nobody", () => {
      const officer = accountFor(trust, 'officer');
      const clerk = staffMember(accountFor(trust, 'staff').staffMemberId);
      expect(['2', '3']).toContain(clerk?.band);
      expect(reportingLine(officer.staffMemberId ?? '', trust.staff).has(clerk?.id ?? '')).toBe(true);
      expect(trust.staff.some((person) => person.lineManagerId === clerk?.id)).toBe(false);
      expect(accountFor(trust, 'staff').displayName).toBe(`${clerk?.firstName} ${clerk?.lastName}`);
    });

    it('gives the admin and the senior organisation-wide accounts with no staff record', () => {
      for (const role of ['admin', 'senior']) {
        expect(accountFor(trust, role)).toMatchObject({ staffMemberId: null, departmentId: null });
      }
    });
  });

  it('share one demo password', () => {
    expect(DEMO_PASSWORD).toBe('recordroom-demo');
  });
});
