import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type CurrentUser } from '../auth/current-user.js';
import { forbidden, notFound } from '../http/problem.js';
import { ScopeService } from '../scope/scope.service.js';
import { PeopleRepository, type PersonRow } from './people.repository.js';

/** The people a team view shows: a department, and the ids of those in it the caller reaches. */
export interface TeamReach {
  departmentId: string;
  /** Null: everyone in the department. */
  ids: ReadonlySet<string> | null;
}

/**
 * Who may read and change whose line-management records, on top of ScopeService (the staff
 * record's scope): officers their line, managers their department, admins the organisation,
 * seniors read only, staff their own record. Outside it is 404, as if the person did not exist.
 */
@Injectable()
export class PeopleAccess {
  constructor(
    private readonly scope: ScopeService,
    private readonly people: PeopleRepository,
  ) {}

  /** The person, if the caller may read their record; 404 otherwise. */
  async readable(em: EntityManager, user: CurrentUser, staffId: string, entity = 'staff member'): Promise<PersonRow> {
    const person = await this.people.findPerson(em, user.organisationId, staffId);
    if (!person || !(await this.scope.mayReadStaffMember(user, staffId, em))) throw notFound(entity);
    return person;
  }

  /**
   * The person, if the caller may record sickness, training, appraisals and checks for them:
   * someone in their scope other than themselves (their own are recorded by their line manager).
   */
  async changeable(em: EntityManager, user: CurrentUser, staffId: string, entity = 'staff member'): Promise<PersonRow> {
    if (user.role === 'senior' || user.role === 'staff') throw forbidden('Your role can read line-management records but not change them.');
    const person = await this.readable(em, user, staffId, entity);
    if (person.id === user.staffMemberId) throw forbidden('Your own sickness, training, appraisal and checks are recorded by your line manager or the department manager.');
    return person;
  }

  mayChange(user: CurrentUser, person: PersonRow): boolean {
    return (user.role === 'admin' || user.role === 'manager' || user.role === 'officer') && person.id !== user.staffMemberId;
  }

  /**
   * Whether the caller sees the person's sickness reasons: the person, their line manager, and the
   * manager of their department (the privacy rule); nobody else, admins and seniors included.
   */
  seesSicknessReasons(user: CurrentUser, person: Pick<PersonRow, 'id' | 'lineManagerId' | 'departmentId'>): boolean {
    if (user.staffMemberId !== null && (user.staffMemberId === person.id || user.staffMemberId === person.lineManagerId)) return true;
    return user.role === 'manager' && user.departmentId === person.departmentId;
  }

  /**
   * The people a team view shows: an officer's line (without themselves), a manager's department,
   * or the department an admin or senior names; the caller's own record is never in their team.
   */
  async team(em: EntityManager, user: CurrentUser, departmentId: string | undefined): Promise<TeamReach> {
    const department = await this.scope.department(user, departmentId, em);
    const line = await this.scope.line(user, em);
    if (line === null) return { departmentId: department, ids: null };
    return { departmentId: department, ids: new Set([...line].filter((id) => id !== user.staffMemberId)) };
  }
}
