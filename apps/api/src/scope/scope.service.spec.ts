import { describe, expect, it } from '@jest/globals';
import { type Role } from '@recordroom/people';
import { type CurrentUser } from '../auth/current-user.js';
import { ProblemException } from '../http/problem.js';
import { type ScopeRepository } from './scope.repository.js';
import { ScopeService, type RequestToDecide } from './scope.service.js';
import { type StaffScope } from './staff-scope.js';

interface Person {
  id: string;
  departmentId: string;
  lineManagerId: string | null;
}

/**
 * Records: department A is run by manager Mia; officer Olu reports to her and line-manages Sam,
 * who line-manages Tia; Pat reports to Mia outside Olu's line. Department B has its own manager, Ben.
 */
const PEOPLE: readonly Person[] = [
  { id: 'mia', departmentId: 'A', lineManagerId: null },
  { id: 'olu', departmentId: 'A', lineManagerId: 'mia' },
  { id: 'sam', departmentId: 'A', lineManagerId: 'olu' },
  { id: 'tia', departmentId: 'A', lineManagerId: 'sam' },
  { id: 'pat', departmentId: 'A', lineManagerId: 'mia' },
  { id: 'ben', departmentId: 'B', lineManagerId: null },
];

/** The repository's answers over PEOPLE, in memory. */
class InMemoryScopeRepository {
  departmentOfStaffMember(_organisationId: string, staffId: string): Promise<string | null> {
    return Promise.resolve(PEOPLE.find((p) => p.id === staffId)?.departmentId ?? null);
  }

  departmentExists(_organisationId: string, departmentId: string): Promise<boolean> {
    return Promise.resolve(PEOPLE.some((p) => p.departmentId === departmentId));
  }

  idsIn(scope: StaffScope): Promise<string[]> {
    return Promise.resolve(PEOPLE.filter((p) => inScope(scope, p)).map((p) => p.id));
  }

  isIn(scope: StaffScope, staffId: string): Promise<boolean> {
    return Promise.resolve(PEOPLE.some((p) => p.id === staffId && inScope(scope, p)));
  }
}

function inScope(scope: StaffScope, person: Person): boolean {
  switch (scope.kind) {
    case 'organisation':
      return true;
    case 'department':
      return person.departmentId === scope.departmentId;
    case 'self':
      return person.id === scope.staffMemberId;
    case 'line': {
      for (let at: Person | undefined = person; at; at = PEOPLE.find((p) => p.id === at?.lineManagerId)) if (at.id === scope.managerId) return true;
      return false;
    }
  }
}

const scope = new ScopeService(new InMemoryScopeRepository() as unknown as ScopeRepository);

function userOf(role: Role, staffMemberId: string | null, departmentId: string | null = null): CurrentUser {
  return { accountId: `account-${role}`, email: `${role}@example.org`, displayName: role, role, organisationId: 'trust', departmentId, staffMemberId };
}

const mia = userOf('manager', 'mia', 'A');
const ben = userOf('manager', 'ben', 'B');
const olu = userOf('officer', 'olu');
const admin = userOf('admin', null);

/** 'decides', or the status of the refusal. */
async function outcome(user: CurrentUser, request: RequestToDecide): Promise<'decides' | number> {
  try {
    await scope.assertMayDecide(user, request);
    return 'decides';
  } catch (error) {
    if (error instanceof ProblemException) return error.getStatus();
    throw error;
  }
}

const leaveOf = (requesterId: string): RequestToDecide => ({ kind: 'leave', requesterId, otherIds: [], departmentId: PEOPLE.find((p) => p.id === requesterId)?.departmentId ?? '' });

describe('ScopeService.assertMayDecide', () => {
  it('refuses anyone deciding their own request with 403: an officer and a manager alike', async () => {
    await expect(outcome(olu, leaveOf('olu'))).resolves.toBe(403);
    await expect(outcome(mia, leaveOf('mia'))).resolves.toBe(403);
    await expect(outcome(olu, { kind: 'swap', requesterId: 'olu', otherIds: ['sam'], departmentId: 'A' })).resolves.toBe(403);
  });

  it('says who decides instead', async () => {
    const refusal = await scope.assertMayDecide(mia, leaveOf('mia')).then(
      () => null,
      (error: unknown) => (error instanceof ProblemException ? error.problem.detail : error),
    );

    expect(refusal).toBe('You cannot decide your own leave request; your line manager or the department manager decides it.');
  });

  it('lets an officer decide for anyone down their line, directly or not, and answers 404 outside it', async () => {
    await expect(outcome(olu, leaveOf('sam'))).resolves.toBe('decides');
    await expect(outcome(olu, leaveOf('tia'))).resolves.toBe('decides');
    await expect(outcome(olu, leaveOf('pat'))).resolves.toBe(404);
    await expect(outcome(olu, leaveOf('mia'))).resolves.toBe(404);
  });

  it('lets the department manager and an admin decide, and answers a manager of another department 404', async () => {
    await expect(outcome(mia, leaveOf('olu'))).resolves.toBe('decides');
    await expect(outcome(admin, leaveOf('mia'))).resolves.toBe('decides');
    await expect(outcome(ben, leaveOf('olu'))).resolves.toBe(404);
  });

  it('needs both people of a swap in an officer’s line', async () => {
    await expect(outcome(olu, { kind: 'swap', requesterId: 'sam', otherIds: ['tia'], departmentId: 'A' })).resolves.toBe('decides');
    await expect(outcome(olu, { kind: 'swap', requesterId: 'sam', otherIds: ['pat'], departmentId: 'A' })).resolves.toBe(404);
  });
});

describe('ScopeService.reach', () => {
  it('gives an officer their line to read and change, a senior everyone to read and no one to change', async () => {
    const senior = userOf('senior', null);

    await expect(scope.reach(olu, 'read')).resolves.toEqual({ everyone: false, ids: new Set(['olu', 'sam', 'tia']) });
    await expect(scope.reach(senior, 'read')).resolves.toEqual({ everyone: true });
    await expect(scope.reach(senior, 'change')).resolves.toEqual({ everyone: false, ids: new Set() });
    await expect(scope.reach(mia, 'change')).resolves.toEqual({ everyone: true });
  });
});

/** 'allowed' (or what the check gave), or the status of the refusal. */
async function payOutcome<T>(check: () => T | Promise<T>): Promise<T | number> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof ProblemException) return error.getStatus();
    throw error;
  }
}

describe('ScopeService and pay', () => {
  const senior = userOf('senior', null);
  const sam = userOf('staff', 'sam');

  it('gives a manager their own department’s pay, another as 404, and admins and seniors the one they name', async () => {
    await expect(payOutcome(() => scope.payDepartment(mia, undefined, 'read'))).resolves.toBe('A');
    await expect(payOutcome(() => scope.payDepartment(mia, 'B', 'read'))).resolves.toBe(404);
    await expect(payOutcome(() => scope.payDepartment(senior, 'B', 'read'))).resolves.toBe('B');
    await expect(payOutcome(() => scope.payDepartment(admin, 'C', 'change'))).resolves.toBe(404);
    await expect(payOutcome(() => scope.payDepartment(admin, undefined, 'read'))).resolves.toBe(422);
  });

  it('refuses officers and staff any department’s pay, and seniors every change, with 403', async () => {
    await expect(payOutcome(() => scope.payDepartment(olu, 'A', 'read'))).resolves.toBe(403);
    await expect(payOutcome(() => scope.payDepartment(sam, undefined, 'read'))).resolves.toBe(403);
    await expect(payOutcome(() => scope.payDepartment(senior, 'A', 'change'))).resolves.toBe(403);
    await expect(payOutcome(() => scope.assertMayChangePay(senior, 'A', 'call-out'))).resolves.toBe(403);
    await expect(payOutcome(() => scope.assertMayChangePay(olu, 'A', 'call-out'))).resolves.toBe(403);
  });

  it('lets a manager change pay records of their department only, answering another’s 404', async () => {
    await expect(payOutcome(() => scope.assertMayChangePay(mia, 'A', 'call-out'))).resolves.toBeUndefined();
    await expect(payOutcome(() => scope.assertMayChangePay(ben, 'A', 'call-out'))).resolves.toBe(404);
    await expect(payOutcome(() => scope.assertMayChangePay(admin, 'B', 'call-out'))).resolves.toBeUndefined();
  });

  it('shows everyone their own pay, a manager their department’s, and nobody else anyone else’s', async () => {
    const person = (id: string) => ({ id, departmentId: PEOPLE.find((p) => p.id === id)?.departmentId ?? '' });

    await expect(payOutcome(() => scope.assertMayReadPersonPay(sam, person('sam')))).resolves.toBeUndefined();
    await expect(payOutcome(() => scope.assertMayReadPersonPay(olu, person('olu')))).resolves.toBeUndefined();
    await expect(payOutcome(() => scope.assertMayReadPersonPay(olu, person('sam')))).resolves.toBe(403);
    await expect(payOutcome(() => scope.assertMayReadPersonPay(sam, person('tia')))).resolves.toBe(403);
    await expect(payOutcome(() => scope.assertMayReadPersonPay(mia, person('pat')))).resolves.toBeUndefined();
    await expect(payOutcome(() => scope.assertMayReadPersonPay(ben, person('pat')))).resolves.toBe(404);
    await expect(payOutcome(() => scope.assertMayReadPersonPay(senior, person('ben')))).resolves.toBeUndefined();
  });
});
