import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type StaffMemberDto, type StaffSummaryDto } from '@recordroom/contracts';
import { isDbsRenewalDue, isPartTime, reportingLine, wholeTimeEquivalent, type Role, type StaffMember } from '@recordroom/people';
import { type CurrentUser } from '../src/auth/current-user.js';
import { StaffService } from '../src/staff/staff.service.js';
import { aNewStaffMember } from './support/request-bodies.js';
import { seedTestOrganisation, startTestApp, type TestApp, type TestOrganisation } from './support/test-app.js';

/**
 * The summary is one SQL aggregate per figure; the domain package defines what each figure
 * means. On a generated trust of 120 staff (read, never changed) both must agree exactly.
 */
describe('the staff summary', () => {
  let api: TestApp;
  let trust: TestOrganisation;
  /** Takes the new people of the DBS renewal cases, so `trust` stays exactly as generated. */
  let renewals: TestOrganisation;

  beforeAll(async () => {
    api = await startTestApp();
    [trust, renewals] = await Promise.all([seedTestOrganisation(api.app, { seed: 601, staffCount: 120 }), seedTestOrganisation(api.app, { seed: 602 })]);
  });

  afterAll(async () => {
    await api.close();
  });

  async function summaryFor(role: Role): Promise<StaffSummaryDto> {
    const agent = await trust.signInAs(role);
    const response = await agent.get('/api/staff/summary');
    expect(response.status).toBe(200);
    return response.body as StaffSummaryDto;
  }

  const hoursOf = (people: StaffMember[]): number => people.reduce((sum, person) => sum + person.contractedHoursPerWeek, 0);
  const groupBy = <K>(people: StaffMember[], key: (person: StaffMember) => K): Map<K, StaffMember[]> =>
    people.reduce((groups, person) => groups.set(key(person), [...(groups.get(key(person)) ?? []), person]), new Map<K, StaffMember[]>());

  const scopes: { role: Role; scope: string; people: () => StaffMember[] }[] = [
    { role: 'admin', scope: 'the whole trust', people: () => trust.staff },
    { role: 'senior', scope: 'the whole trust', people: () => trust.staff },
    { role: 'manager', scope: 'their department', people: () => trust.staff.filter((person) => person.departmentId === trust.accountOf('manager').departmentId) },
    {
      role: 'officer',
      scope: 'their line and themselves',
      people: () => {
        const officer = trust.staffRecordOf('officer');
        const line = reportingLine(officer.id, trust.staff);
        return trust.staff.filter((person) => person.id === officer.id || line.has(person.id));
      },
    },
  ];

  describe.each(scopes)('for the $role, over $scope', ({ role, people }) => {
    it('counts heads, whole-time equivalent and part-timers as the domain functions do', async () => {
      const staff = people();

      const summary = await summaryFor(role);

      expect(staff.some(isPartTime)).toBe(true);
      expect({ headcount: summary.headcount, wholeTimeEquivalent: summary.wholeTimeEquivalent, partTimeHeadcount: summary.partTimeHeadcount }).toEqual({
        headcount: staff.length,
        wholeTimeEquivalent: wholeTimeEquivalent(hoursOf(staff)),
        partTimeHeadcount: staff.filter(isPartTime).length,
      });
    });

    it('breaks head count and whole-time equivalent down by band', async () => {
      const byBand = groupBy(people(), (person) => person.band);

      const summary = await summaryFor(role);

      const expected = [...byBand].map(([band, members]) => ({ band, headcount: members.length, wholeTimeEquivalent: wholeTimeEquivalent(hoursOf(members)) }));
      expect([...summary.byBand].sort((a, b) => a.band.localeCompare(b.band))).toEqual(expected.sort((a, b) => a.band.localeCompare(b.band)));
    });

    it('breaks head count down by team, naming each team', async () => {
      const byTeam = groupBy(people(), (person) => person.teamId);

      const summary = await summaryFor(role);

      const teamName = (teamId: string | null): string => trust.teams.find((team) => team.id === teamId)?.name ?? 'No team';
      const expected = [...byTeam].map(([teamId, members]) => ({ teamId, teamName: teamName(teamId), headcount: members.length }));
      const byId = (a: { teamId: string | null }, b: { teamId: string | null }): number => (a.teamId ?? '').localeCompare(b.teamId ?? '');
      expect([...summary.byTeam].sort(byId)).toEqual(expected.sort(byId));
    });
  });

  it('lists, for an admin, the people in the trust whose DBS check is due for renewal today', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const due = trust.staff.filter((person) => isDbsRenewalDue(person.dbsCheckDate, today));

    const summary = await summaryFor('admin');

    expect(due.length).toBeGreaterThan(0);
    expect(due.length).toBeLessThanOrEqual(50);
    expect(new Set(summary.dbsChecksDue.map((person) => person.id))).toEqual(new Set(due.map((person) => person.id)));
  });

  /**
   * The controller passes today's date (UTC) to StaffService.summary; calling the service with a
   * chosen day tests the renewal boundary on days that matter, against isDbsRenewalDue.
   */
  describe('DBS renewals due on a chosen day', () => {
    function adminOf(organisation: TestOrganisation): CurrentUser {
      const account = organisation.accountOf('admin');
      return { ...account, accountId: account.id, role: 'admin' };
    }

    it.each([
      { lastCheck: '2023-11-02', today: '2026-11-02', when: 'three years to the day' },
      { lastCheck: '2023-11-03', today: '2026-11-02', when: 'one day short of three years' },
      { lastCheck: '2024-02-29', today: '2027-02-28', when: 'a 29 February check, on 28 February three years on' },
      { lastCheck: '2024-02-29', today: '2027-02-27', when: 'a 29 February check, the day before' },
    ])('lists a check of $lastCheck on $today ($when) exactly when isDbsRenewalDue does', async ({ lastCheck, today }) => {
      const admin = await renewals.signInAs('admin');
      const department = renewals.departments[0]?.id;
      const person = (await admin.post('/api/staff').send(aNewStaffMember({ departmentId: department, dbsCheckDate: lastCheck })).expect(201)).body as StaffMemberDto;

      const summary = await api.app.get(StaffService).summary(adminOf(renewals), today);

      expect(summary.dbsChecksDue.length).toBeLessThan(50);
      expect(summary.dbsChecksDue.some((due) => due.id === person.id)).toBe(isDbsRenewalDue(lastCheck, today));
    });
  });
});
