import { describe, expect, it } from '@jest/globals';
import { createRotaChecker } from '../check/rota-checker.js';
import { aCoverRequirement, aRota, anAbsence, aStaffMember } from '../test-support/factories.js';
import { type ClashRule } from './clash-rule.js';
import { checkLeaveRequest } from './check-leave-request.js';

const ANN = aStaffMember({ homeLocationId: 'ae' });
const BO = aStaffMember({ id: 'bo', firstName: 'Bo', lastName: 'Jones', homeLocationId: 'ae' });
const CY = aStaffMember({ id: 'cy', firstName: 'Cy', lastName: 'Patel', homeLocationId: 'library', skills: ['filing'] });
const staff = [ANN, BO, CY];
const oneOffAtTheDesk: ClashRule = { id: 'ae-team', name: 'A&E desk team', scope: { locationId: 'ae' }, maximumOff: 1 };
const request = anAbsence({ id: 'req', status: 'requested', startDate: '2026-03-04', endDate: '2026-03-05' });

describe('checkLeaveRequest', () => {
  it('approves leave that clashes with nobody and withdraws no shifts', () => {
    expect(checkLeaveRequest(request, { staff, absences: [], clashRules: [oneOffAtTheDesk] })).toEqual({
      errors: [],
      clashes: [],
      withdrawnAssignments: [],
      introduced: [],
      resolved: [],
      canApprove: true,
    });
  });

  it('names the days on which too many of a team would be away', () => {
    const bosLeave = anAbsence({ id: 'bo-1', staffId: 'bo', startDate: '2026-03-05', endDate: '2026-03-06' });
    const cysLeave = anAbsence({ id: 'cy-1', staffId: 'cy', startDate: '2026-03-04', endDate: '2026-03-04' });
    const check = checkLeaveRequest(request, { staff, absences: [bosLeave, cysLeave], clashRules: [oneOffAtTheDesk] });
    expect(check.clashes).toEqual([
      { clashRuleId: 'ae-team', date: '2026-03-05', off: ['ann', 'bo'], maximumOff: 1, message: '2 of the A&E desk team would be away on Thu 5 Mar (Ann Smith, Bo Jones); at most 1 may be' },
    ]);
    expect(check.canApprove).toBe(false);
  });

  it('counts skill holders for a skill rule, and ignores declined or undecided leave', () => {
    const rule: ClashRule = { id: 'ae-skill', name: 'A&E desk skill holders', scope: { skill: 'a-and-e-desk' }, maximumOff: 1 };
    const absences = [anAbsence({ id: 'x', staffId: 'bo', status: 'declined' }), anAbsence({ id: 'y', staffId: 'bo', status: 'requested' })];
    expect(checkLeaveRequest(request, { staff, absences, clashRules: [rule] }).clashes).toEqual([]);
  });

  it('refuses leave that ends before it starts or overlaps the person’s own leave, naming the field', () => {
    expect(checkLeaveRequest({ ...request, endDate: '2026-03-01' }, { staff, absences: [], clashRules: [] }).errors).toEqual([
      { field: 'endDate', message: 'ends on Sun 1 Mar, before it starts on Wed 4 Mar' },
    ]);
    const mine = anAbsence({ id: 'mine', startDate: '2026-03-05', endDate: '2026-03-05', kind: 'study' });
    expect(checkLeaveRequest(request, { staff, absences: [mine], clashRules: [] })).toMatchObject({
      errors: [{ field: 'startDate', message: 'overlaps approved study leave on Thu 5 Mar' }],
      canApprove: false,
    });
  });

  it('shows what approving does to the rota: the shifts it withdraws and the gaps it opens', () => {
    const rota = createRotaChecker(
      aRota({
        staff,
        work: [['ann', 'early', '2026-03-04'], ['ann', 'early', '2026-03-09']],
        coverRequirements: [aCoverRequirement({ appliesTo: { date: '2026-03-04' } })],
      }),
    );
    const check = checkLeaveRequest(request, { staff, absences: [], clashRules: [], rota });
    expect(check.withdrawnAssignments).toEqual(['ann:early@2026-03-04']);
    expect(check.introduced.map((v) => [v.ruleId, v.message])).toEqual([['minimum-cover', 'The early shift on Wed 4 Mar 07:00-15:00 at Records library has 0 of the minimum 1 staff (1 short)']]);
    expect(check.canApprove).toBe(true);
  });
});
