import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type CurrentUser } from '../auth/current-user.js';
import { forbidden, notFound, unprocessable } from '../http/problem.js';
import { ScopeRepository, type PersonInDepartment } from './scope.repository.js';
import { staffScopeOf, type StaffScope } from './staff-scope.js';

/** The people of a department a user reaches: everyone, or only these (an officer's line, or oneself). */
export type Reach = { everyone: true } | { everyone: false; ids: ReadonlySet<string> };

export function reaches(reach: Reach, staffId: string): boolean {
  return reach.everyone || reach.ids.has(staffId);
}

/** A request someone other than its requester decides: leave (about one person) or a swap (between two). */
export interface RequestToDecide {
  kind: 'leave' | 'swap';
  /** The person it is about: who asked for the leave, whose shift is offered. */
  requesterId: string;
  /** Anyone else it moves shifts of: the colleague of a swap. */
  otherIds: readonly string[];
  departmentId: string;
}

const REQUEST_WORDS = {
  leave: { entity: 'absence', noun: 'leave request' },
  swap: { entity: 'swap request', noun: 'swap request' },
} as const;

const EVERYONE: Reach = { everyone: true };

const PAY_IS_FOR_MANAGERS = 'Pay and budgets are for managers and senior management; your own pay is on your page.';
const SENIORS_READ_PAY = 'Senior management can read budgets and pay but not change them.';

/**
 * Who may read, change and decide what, in one place (docs/rota.md "Who sees and decides what"):
 *
 * - admin: the whole organisation, reading and changing; senior: the whole organisation, reading only;
 * - manager: their department;
 * - officer: their department's rota to read, and their line (themselves and everyone reporting to
 *   them, directly or not) for staff records, absence details and every change;
 * - staff: themselves.
 *
 * A request (leave, a swap) is decided by someone other than the person who asked: anyone up their
 * line (an officer whose line they are in), the manager of their department, or an admin.
 * Anything outside a user's reach is answered 404, so existence does not leak.
 *
 * Pay and budgets (docs/api/pay.md "Who may do what") are narrower: admins and senior managers any
 * department of the organisation (seniors only read), a manager their own; officers and staff no
 * department's pay (403), only their own.
 */
@Injectable()
export class ScopeService {
  constructor(private readonly people: ScopeRepository) {}

  /** Whose staff records the user may read. */
  staffReadScope(user: CurrentUser): StaffScope {
    return staffScopeOf(user);
  }

  /** Whose staff records the user may change: organisation (admin), department (manager), line (officer). */
  staffWriteScope(user: CurrentUser): StaffScope {
    const scope = staffScopeOf(user);
    if (user.role === 'senior' || user.role === 'staff') throw forbidden('Your role can read staff records but not change them.');
    return scope;
  }

  /** Whether the user may read this staff member's record: the test for naming someone (a line manager, a team lead). */
  mayReadStaffMember(user: CurrentUser, staffId: string, em?: EntityManager): Promise<boolean> {
    return this.people.isIn(staffScopeOf(user), staffId, em);
  }

  /** Names of the people of `ids` whose records the user may read. */
  readableNames(user: CurrentUser, ids: readonly string[], em?: EntityManager): Promise<Map<string, string>> {
    return this.people.namesIn(staffScopeOf(user), ids, em);
  }

  /**
   * The user's reach in words, for a message that must read the same whether someone is outside
   * it or does not exist at all ("must be a staff member of your department").
   */
  reachInWords(user: CurrentUser): string {
    const words: Record<StaffScope['kind'], string> = { organisation: 'your organisation', department: 'your department', line: 'your line', self: 'your own record' };
    return words[staffScopeOf(user).kind];
  }

  /** The department a manager runs, or the one an officer's or staff member's record is in. */
  async ownDepartment(user: CurrentUser, em?: EntityManager): Promise<string | null> {
    if (user.role === 'manager') return user.departmentId;
    if (!user.staffMemberId) return null;
    return this.people.departmentOfStaffMember(user.organisationId, user.staffMemberId, em);
  }

  /** The department of a staff member of the user's organisation; null for anyone else. */
  departmentOf(user: CurrentUser, staffId: string, em?: EntityManager): Promise<string | null> {
    return this.people.departmentOfStaffMember(user.organisationId, staffId, em);
  }

  departmentExists(user: CurrentUser, departmentId: string, em?: EntityManager): Promise<boolean> {
    return this.people.departmentExists(user.organisationId, departmentId, em);
  }

  /**
   * The department a department-wide request is about: a manager's or officer's own (another is
   * 404), or for admin and senior callers the one they name, which must be in their organisation.
   */
  async department(user: CurrentUser, requested: string | undefined, em?: EntityManager): Promise<string> {
    if (user.role === 'admin' || user.role === 'senior') {
      if (!requested) throw unprocessable([{ field: 'departmentId', message: 'is required: say which department' }]);
      if (!(await this.departmentExists(user, requested, em))) throw notFound('department');
      return requested;
    }
    const own = await this.ownDepartment(user, em);
    if (!own) throw forbidden('Your account is not linked to a department; ask an administrator.');
    if (requested && requested !== own) throw notFound('department');
    return own;
  }

  /** The department a list is limited to: for admin and senior callers the one they name, if any (null for all). */
  async departmentFilter(user: CurrentUser, requested: string | undefined, em?: EntityManager): Promise<string | null> {
    if (user.role === 'admin' || user.role === 'senior') return requested ?? null;
    return this.department(user, requested, em);
  }

  /** Whether the user may read this department's rota: any of the organisation's (admin, senior), else their own. */
  async mayReadDepartment(user: CurrentUser, departmentId: string, em?: EntityManager): Promise<boolean> {
    if (user.role === 'admin' || user.role === 'senior') return true;
    return (await this.ownDepartment(user, em)) === departmentId;
  }

  /** Whether the user runs this department: an admin, or its manager. */
  runsDepartment(user: CurrentUser, departmentId: string): boolean {
    return user.role === 'admin' || (user.role === 'manager' && user.departmentId === departmentId);
  }

  /** Whether the user may see rota periods not yet published (drafts): everyone but staff, who see only what is published. */
  readsUnpublishedRota(user: CurrentUser): boolean {
    return user.role !== 'staff';
  }

  /** An officer's line as ids (themselves included); null for roles not limited to a line. */
  async line(user: CurrentUser, em?: EntityManager): Promise<ReadonlySet<string> | null> {
    if (user.role !== 'officer') return null;
    return new Set(await this.people.idsIn(staffScopeOf(user), em));
  }

  /**
   * The people of a readable department whose rota details (absence kinds and reasons) the user may
   * `read`, or whose rota rows they may `change`: an officer their line, a member of staff
   * themselves, a senior no one to change; everyone else everyone.
   */
  async reach(user: CurrentUser, purpose: 'read' | 'change', em?: EntityManager): Promise<Reach> {
    switch (user.role) {
      case 'admin':
      case 'manager':
        return EVERYONE;
      case 'senior':
        return purpose === 'read' ? EVERYONE : { everyone: false, ids: new Set() };
      case 'officer':
        return { everyone: false, ids: (await this.line(user, em)) ?? new Set() };
      case 'staff':
        return { everyone: false, ids: new Set(user.staffMemberId ? [user.staffMemberId] : []) };
    }
  }

  /** Whether the user may read this person's absences and swaps: their own, or someone in a department and line they read. */
  async mayReadPersonRota(user: CurrentUser, person: PersonInDepartment, em?: EntityManager): Promise<boolean> {
    if (person.id === user.staffMemberId) return true;
    return (await this.mayReadDepartment(user, person.departmentId, em)) && reaches(await this.reach(user, 'read', em), person.id);
  }

  /** Whether the user may record absence and offer shifts for this person: themselves, or someone in their department (and line). */
  async mayChangePersonRota(user: CurrentUser, person: PersonInDepartment, em?: EntityManager): Promise<boolean> {
    if (person.id === user.staffMemberId) return true;
    return (await this.mayChangeDepartment(user, person.departmentId, em)) && reaches(await this.reach(user, 'change', em), person.id);
  }

  /**
   * Throws unless the user may decide the request: 404 when it is outside their department or
   * line (as if it did not exist), 403 when it is their own, which someone else must decide.
   */
  async assertMayDecide(user: CurrentUser, request: RequestToDecide, em?: EntityManager): Promise<void> {
    const words = REQUEST_WORDS[request.kind];
    if (!(await this.mayChangeDepartment(user, request.departmentId, em))) throw notFound(words.entity);
    const reach = await this.reach(user, 'change', em);
    if (![request.requesterId, ...request.otherIds].every((id) => reaches(reach, id))) throw notFound(words.entity);
    if (request.requesterId === user.staffMemberId) {
      throw forbidden(`You cannot decide your own ${words.noun}; your line manager or the department manager decides it.`);
    }
    // The colleague a swap hands a shift to is a party to it too: someone else decides.
    if (user.staffMemberId !== null && request.otherIds.includes(user.staffMemberId)) {
      throw forbidden(`You cannot decide a ${words.noun} you are part of; your line manager or the department manager decides it.`);
    }
  }

  /** Whether the user sees pay at all beyond their own: admins, managers and senior management. */
  seesPay(user: CurrentUser): boolean {
    return user.role === 'admin' || user.role === 'manager' || user.role === 'senior';
  }

  /**
   * The department a pay or budget request is about, to `read` or `change`: for admin and senior
   * callers the one they name (in their organisation), for a manager their own (another is 404);
   * officers and staff are refused (403), and so is a senior changing anything.
   */
  async payDepartment(user: CurrentUser, requested: string | undefined, purpose: 'read' | 'change', em?: EntityManager): Promise<string> {
    if (!this.seesPay(user)) throw forbidden(PAY_IS_FOR_MANAGERS);
    if (purpose === 'change' && user.role === 'senior') throw forbidden(SENIORS_READ_PAY);
    if (user.role === 'manager' && !user.departmentId) throw forbidden('Your manager account is not linked to a department; ask an administrator.');
    return this.department(user, requested, em);
  }

  /** Whether the user may read the pay of this department's rota and records: any of the organisation's (admin, senior), a manager their own. */
  mayReadDepartmentPay(user: CurrentUser, departmentId: string): boolean {
    if (user.role === 'admin' || user.role === 'senior') return true;
    return user.role === 'manager' && user.departmentId === departmentId;
  }

  /** Throws unless the user may change a pay record of this department (found in their organisation): another department's is 404, as if absent. */
  assertMayChangePay(user: CurrentUser, departmentId: string, entity: string): void {
    if (!this.seesPay(user)) throw forbidden(PAY_IS_FOR_MANAGERS);
    if (user.role === 'senior') throw forbidden(SENIORS_READ_PAY);
    if (!this.runsDepartment(user, departmentId)) throw notFound(entity);
  }

  /** Throws unless the user may read this person's pay: their own; for pay readers, someone of a department whose pay they read (else 404). */
  assertMayReadPersonPay(user: CurrentUser, person: PersonInDepartment): void {
    if (person.id === user.staffMemberId) return;
    if (!this.seesPay(user)) throw forbidden('You can see your own pay only.');
    if (!this.mayReadDepartmentPay(user, person.departmentId)) throw notFound('staff member');
  }

  /** Whether the user may change this department's rows (rota, quality audits): any of the organisation's (admin), their own (manager, officer). */
  async mayChangeDepartment(user: CurrentUser, departmentId: string, em?: EntityManager): Promise<boolean> {
    if (user.role === 'admin') return true;
    if (user.role === 'senior' || user.role === 'staff') return false;
    return (await this.ownDepartment(user, em)) === departmentId;
  }
}
