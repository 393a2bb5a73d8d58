import { describe, expect, it } from '@jest/globals';
import { addMonthsClamped, daysBetween } from '@recordroom/calendar';
import {
  isDbsRenewalDue,
  isPartTime,
  LOCATION_KINDS,
  lineManagementCycle,
  payPointCount,
  reportingLine,
  type StaffMember,
} from '@recordroom/people';
import { payPointAfterYearsInBand } from './bands.js';
import { generateDemoOrganisation, type DemoOrganisation } from './organisation.js';
import * as posts from './posts.js';
import { departmentsOf } from './test-support/departments-of.js';
import { UUID_V4_LAYOUT } from './test-support/uuid-v4-layout.js';

const REFERENCE_DATE = '2026-11-02';
const POSTS_BY_TITLE = new Map(Object.values(posts).map((post) => [post.jobTitle, post]));
const OFFICER_TITLES = new Set(
  [posts.A_AND_E_AND_WARDS_OFFICER, posts.RECORDS_LIBRARY_OFFICER, posts.OUTPATIENT_RECEPTION_OFFICER, posts.CODING_AND_SCANNING_OFFICER, posts.ACCESS_TO_RECORDS_OFFICER].map(
    (post) => post.jobTitle,
  ),
);
/** Part-time weeks a trust actually contracts, plus full-time and bank (0). */
const REALISTIC_HOURS = new Set([0, 15, 18.75, 20, 22.5, 25, 30, 33.75, 37.5]);

const defaultTrust = generateDemoOrganisation();
const largeTrust = generateDemoOrganisation({ staffCount: 2_000 });
const oddSizedTrust = generateDemoOrganisation({ seed: 7, staffCount: 137, referenceDate: '2027-04-01' });

const fullName = (person: StaffMember): string => `${person.firstName} ${person.lastName}`;

describe('the default demo organisation', () => {
  it('is one health records department of 40 staff in a fictional acute trust', () => {
    expect(defaultTrust.organisation).toMatchObject({ name: 'Northgate Hospitals NHS Foundation Trust', odsCode: 'R9Z' });
    expect(defaultTrust.departments).toHaveLength(1);
    expect(defaultTrust.departments[0]?.name).toBe('Health Records');
    expect(defaultTrust.staff).toHaveLength(40);
  });

  it('is mostly Band 2 and 3, with Band 4-5 officers, a Band 6 deputy and one Band 7 manager', () => {
    const titlesOnBand = (...bands: string[]) =>
      defaultTrust.staff.filter((person) => bands.includes(person.band)).map((person) => person.jobTitle);
    expect(titlesOnBand('7')).toEqual(['Health records manager']);
    expect(titlesOnBand('6')).toEqual(['Deputy health records manager']);
    expect(titlesOnBand('4', '5').every((title) => OFFICER_TITLES.has(title))).toBe(true);
    expect(titlesOnBand('4', '5')).toHaveLength(5);
    expect(titlesOnBand('2', '3')).toHaveLength(33);
  });

  it('has the teams that run a health records service', () => {
    expect(defaultTrust.teams.map((team) => team.name)).toEqual([
      'A&E and Wards',
      'Records Library',
      'Outpatient Reception',
      'Coding and Scanning',
      'Access to Records',
    ]);
  });

  it('includes the A&E records desk among its locations', () => {
    expect(defaultTrust.locations.find((location) => location.kind === 'a-and-e-records-desk')?.name).toBe('A&E records desk');
  });

  it('does not depend on the day it is run: the reference date defaults to a fixed date', () => {
    expect(generateDemoOrganisation({ referenceDate: REFERENCE_DATE })).toEqual(defaultTrust);
  });
});

describe('determinism', () => {
  it('gives a deep-equal organisation for the same options', () => {
    expect(generateDemoOrganisation({ seed: 7, staffCount: 137, referenceDate: '2027-04-01' })).toEqual(oddSizedTrust);
  });

  it('gives different people for a different seed', () => {
    const other = generateDemoOrganisation({ seed: 2 });
    expect(other.staff.map(fullName)).not.toEqual(defaultTrust.staff.map(fullName));
    expect(other.organisation.id).not.toBe(defaultTrust.organisation.id);
  });

  it('makes the first department of a 2,000-staff trust the default department, so demo sign-ins work at any scale', () => {
    expect(largeTrust.organisation).toEqual(defaultTrust.organisation);
    expect(largeTrust.staff.slice(0, 40)).toEqual(defaultTrust.staff);
    expect(largeTrust.accounts).toEqual(defaultTrust.accounts);
  });
});

describe('scaling', () => {
  it('generates exactly the staff count asked for', () => {
    for (const staffCount of [3, 39, 41, 59, 60, 61, 999, 2_000]) {
      expect(generateDemoOrganisation({ staffCount }).staff).toHaveLength(staffCount);
    }
  });

  it('splits 2,000 staff into 50 departments of 40, one per hospital site, each with its own cost centre', () => {
    expect(largeTrust.staff).toHaveLength(2_000);
    expect(largeTrust.departments).toHaveLength(50);
    expect(largeTrust.departments[0]?.name).toBe('Health Records - Northgate General Hospital');
    expect(new Set(largeTrust.departments.map((department) => department.name)).size).toBe(50);
    expect(new Set(largeTrust.departments.map((department) => department.costCentre)).size).toBe(50);
    for (const { staff } of departmentsOf(largeTrust)) expect(staff).toHaveLength(40);
  });

  it('refuses options it cannot honour', () => {
    expect(() => generateDemoOrganisation({ staffCount: 2 })).toThrow(RangeError);
    expect(() => generateDemoOrganisation({ staffCount: 40.5 })).toThrow(RangeError);
    expect(() => generateDemoOrganisation({ seed: 0.5 })).toThrow(RangeError);
    expect(() => generateDemoOrganisation({ referenceDate: '2026-02-30' })).toThrow(RangeError);
  });
});

describe('across the whole organisation', () => {
  describe.each([
    ['the default trust', defaultTrust],
    ['a 2,000-staff trust', largeTrust],
    ['a 137-staff trust on another seed', oddSizedTrust],
  ] as const)('%s', (_, trust: DemoOrganisation) => {
    it('has unique UUID-shaped ids', () => {
      const ids = [
        trust.organisation.id,
        ...trust.departments.map((row) => row.id),
        ...trust.teams.map((row) => row.id),
        ...trust.locations.map((row) => row.id),
        ...trust.staff.map((row) => row.id),
        ...trust.accounts.map((row) => row.id),
      ];
      expect(ids.every((id) => UUID_V4_LAYOUT.test(id))).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('has unique 8-digit employee numbers', () => {
      const numbers = trust.staff.map((person) => person.employeeNumber);
      expect(numbers.every((number) => /^\d{8}$/.test(number))).toBe(true);
      expect(new Set(numbers).size).toBe(numbers.length);
    });

    it('scopes every row to the organisation', () => {
      const rows = [...trust.departments, ...trust.teams, ...trust.locations, ...trust.staff, ...trust.accounts];
      expect(rows.every((row) => row.organisationId === trust.organisation.id)).toBe(true);
    });

    it('has no line-management cycles', () => {
      for (const person of trust.staff) expect(lineManagementCycle(person.id, person.lineManagerId, trust.staff)).toBeNull();
    });
  });
});

describe('every department', () => {
  describe.each([
    ['of the default trust', defaultTrust, REFERENCE_DATE],
    ['of a 2,000-staff trust', largeTrust, REFERENCE_DATE],
    ['of a 137-staff trust on another seed', oddSizedTrust, '2027-04-01'],
  ] as const)('%s', (_, trust: DemoOrganisation, referenceDate: string) => {
    const departments = departmentsOf(trust);

    it('has one Band 7 manager at the top, whose line is everyone else in the department', () => {
      for (const { staff } of departments) {
        const [manager, ...others] = staff.filter((person) => person.lineManagerId === null);
        expect(others).toEqual([]);
        expect(manager?.band).toBe('7');
        expect(reportingLine(manager?.id ?? '', staff).size).toBe(staff.length - 1);
      }
    });

    it('has every line manager in the same department', () => {
      for (const { staff } of departments) {
        const ids = new Set(staff.map((person) => person.id));
        const managers = staff.map((person) => person.lineManagerId).filter((id) => id !== null);
        expect(managers.every((id) => ids.has(id))).toBe(true);
      }
    });

    it('is mostly Band 2 and 3 staff', () => {
      for (const { staff } of departments) {
        const clerical = staff.filter((person) => person.band === '2' || person.band === '3');
        expect(clerical.length / staff.length).toBeGreaterThanOrEqual(0.75);
      }
    });

    it('has each team led by a Band 4-5 officer who line-manages the whole team, directly or through a senior', () => {
      for (const { staff, teams } of departments) {
        for (const team of teams) {
          const officer = staff.find((person) => person.id === team.leadStaffId);
          expect(officer?.band === '4' || officer?.band === '5').toBe(true);
          expect(OFFICER_TITLES.has(officer?.jobTitle ?? '')).toBe(true);
          expect(officer?.teamId).toBe(team.id);
          const members = staff.filter((person) => person.teamId === team.id && person.id !== officer?.id);
          expect(members.length).toBeGreaterThan(0);
          const line = reportingLine(officer?.id ?? '', staff);
          expect(members.every((person) => line.has(person.id))).toBe(true);
        }
      }
    });

    it('has every officer reporting to the manager or the deputy', () => {
      for (const { staff } of departments) {
        const leaders = new Set(staff.filter((person) => person.band === '6' || person.band === '7').map((person) => person.id));
        const officers = staff.filter((person) => OFFICER_TITLES.has(person.jobTitle));
        expect(officers.every((officer) => leaders.has(officer.lineManagerId ?? ''))).toBe(true);
      }
    });

    it('has between 20% and 35% part-time staff, on realistic hours', () => {
      for (const { staff } of departments) {
        const share = staff.filter(isPartTime).length / staff.length;
        expect(share).toBeGreaterThanOrEqual(0.2);
        expect(share).toBeLessThanOrEqual(0.35);
        expect(staff.every((person) => REALISTIC_HOURS.has(person.contractedHoursPerWeek))).toBe(true);
      }
    });

    it('has a few bank staff on no guaranteed hours, and some fixed-term contracts', () => {
      for (const { staff } of departments) {
        const bank = staff.filter((person) => person.contractType === 'bank');
        expect(bank.length).toBeGreaterThanOrEqual(1);
        expect(bank.length / staff.length).toBeLessThanOrEqual(0.1);
        expect(bank.every((person) => person.contractedHoursPerWeek === 0 && person.band === '2')).toBe(true);
        expect(staff.some((person) => person.contractType === 'fixed-term')).toBe(true);
      }
    });

    it('has a few staff who opted out of the 48-hour average week, none of them part-time', () => {
      for (const { staff } of departments) {
        const optedOut = staff.filter((person) => person.workingTimeOptOut);
        expect(optedOut.length).toBeGreaterThanOrEqual(1);
        expect(optedOut.length / staff.length).toBeLessThanOrEqual(0.15);
        expect(optedOut.some(isPartTime)).toBe(false);
      }
    });

    it('started everyone in the NHS within 30 years before the reference date', () => {
      const earliest = addMonthsClamped(referenceDate, -30 * 12);
      for (const { staff } of departments) {
        for (const person of staff) {
          expect(person.nhsServiceStartDate >= earliest && person.nhsServiceStartDate <= referenceDate).toBe(true);
        }
      }
    });

    it('pays everyone on a point of their band that their NHS service allows', () => {
      for (const { staff } of departments) {
        for (const person of staff) {
          const serviceYears = daysBetween(person.nhsServiceStartDate, referenceDate) / 365.25;
          expect(person.payPoint).toBeGreaterThanOrEqual(1);
          expect(person.payPoint).toBeLessThanOrEqual(payPointCount(person.band));
          expect(person.payPoint).toBeLessThanOrEqual(payPointAfterYearsInBand(person.band, serviceYears));
        }
      }
    });

    it('gives everyone the skills of their job, and cross-trains some in one more', () => {
      for (const { staff } of departments) {
        for (const person of staff) {
          const post = POSTS_BY_TITLE.get(person.jobTitle);
          expect(post?.band).toBe(person.band);
          expect(post?.skills.every((skill) => person.skills.includes(skill))).toBe(true);
          expect(person.skills.every((skill) => post?.skills.includes(skill) || post?.crossTraining.includes(skill))).toBe(true);
        }
        expect(staff.filter((person) => person.skills.length > (POSTS_BY_TITLE.get(person.jobTitle)?.skills.length ?? 0)).length).toBeGreaterThanOrEqual(3);
      }
    });

    it('puts the A&E desk skill on A&E clerks, coding on coders and subject access requests on access to records staff', () => {
      const needs: readonly [string, string][] = [
        ['A&E records clerk', 'a-and-e-desk'],
        ['Senior A&E records clerk', 'a-and-e-desk'],
        ['Trainee clinical coder', 'coding'],
        ['Access to records administrator', 'sar'],
        ['Access to health records officer', 'sar'],
      ];
      for (const { staff } of departments) {
        for (const [jobTitle, skill] of needs) {
          const holders = staff.filter((person) => person.jobTitle === jobTitle);
          expect(holders.every((person) => (person.skills as readonly string[]).includes(skill))).toBe(true);
        }
      }
    });

    it('has people outside the A&E and Wards team who can cover the A&E desk', () => {
      for (const { staff, teams } of departments) {
        const aAndE = teams.find((team) => team.name === 'A&E and Wards');
        const cover = staff.filter((person) => person.teamId !== aAndE?.id && person.skills.includes('a-and-e-desk'));
        expect(cover.length).toBeGreaterThanOrEqual(teams.length >= 5 ? 3 : 0);
      }
    });

    it('has a location of every kind', () => {
      for (const { locations } of departments) {
        expect(new Set(locations.map((location) => location.kind))).toEqual(new Set(LOCATION_KINDS));
      }
    });

    it('has a non-empty "DBS renewal due" list: some checks past renewal and some missing, none in the future', () => {
      for (const { staff } of departments) {
        const due = staff.filter((person) => isDbsRenewalDue(person.dbsCheckDate, referenceDate));
        expect(due.some((person) => person.dbsCheckDate === null)).toBe(true);
        expect(due.some((person) => person.dbsCheckDate !== null)).toBe(true);
        expect(due.length).toBeLessThan(staff.length / 2);
        expect(staff.every((person) => person.dbsCheckDate === null || person.dbsCheckDate <= referenceDate)).toBe(true);
      }
    });

    it('never shows two people with the same full name', () => {
      for (const { staff } of departments) expect(new Set(staff.map(fullName)).size).toBe(staff.length);
    });
  });
});
