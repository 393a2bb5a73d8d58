import { type AbsenceDto, type RotaPeriodDto, type SwapDto } from '@recordroom/contracts';
import { addDays, type IsoDate } from '@recordroom/calendar';
import { financialYearOf } from '@recordroom/pay';
import { randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { type ResourceKind } from '../support/resource-kinds.js';
import { arrangeCallOut, arrangeEstablishmentLine } from '../support/pay-arrange.js';
import { aQualityAudit, aQualityTemplate } from '../support/quality-audit-bodies.js';
import { aNewDepartment, aNewLocation, aNewStaffMember, aNewTeam } from '../support/request-bodies.js';
import { RotaArranger } from '../support/rota-arrange.js';
import { type Agent, type TestOrganisation } from '../support/test-app.js';
import { type Clock } from '../../src/time/clock.js';
import { arrangeState, isStateKind, STATE_LEVELS, STATE_TABLES, type StateKind } from './target-states.js';

/**
 * Where a target sits, seen from the first trust's officer and manager: in the officer's line
 * (and so the manager's department), in the department but outside the officer's line, in
 * another department of the trust, or the manager's or officer's own (a leave request of their
 * own, which they must not decide).
 */
export type Context = 'in line' | 'outside the line' | 'other department' | "the manager's own" | "the officer's own";

/** How far a kind of record is scoped: what "out of scope" means for it. */
export type ScopeLevel = 'organisation' | 'department' | 'person' | 'own' | 'catalogue' | 'secret';

/**
 * The registry of target kinds: for each, its scope level and how to arrange one in a context.
 * A route whose path parameter names a kind missing here fails the matrix, asking for an entry.
 */
export type TargetKind = ResourceKind | 'own assignment' | 'published period' | 'finished period' | 'draft quality-audit' | StateKind;

export const SCOPE_LEVELS: Readonly<Record<TargetKind, ScopeLevel>> = {
  organisation: 'organisation',
  department: 'organisation',
  team: 'department',
  location: 'department',
  'shift-type': 'department',
  'cover-requirement': 'department',
  period: 'department',
  shift: 'department',
  staff: 'person',
  account: 'person',
  assignment: 'person',
  absence: 'person',
  swap: 'person',
  'sickness-episode': 'person',
  /** The national courses (data security awareness): the same for every organisation, like the KPI catalogue. */
  course: 'catalogue',
  /** A solve belongs to its period's department. */
  solve: 'department',
  /** Pay records are a department's: its manager's to read and change, senior management's to read. */
  'establishment-line': 'department',
  'call-out': 'department',
  /** GET /rota/me/assignments/:assignmentId: the caller's own, anyone else's is out of scope. */
  'own assignment': 'own',
  /** Periods in the state a route needs: reopening takes a published one, finalising one whose days are past. */
  'published period': 'department',
  'finished period': 'department',
  kpi: 'catalogue',
  'calendar-token': 'secret',
  'quality-standard': 'department',
  'audit-template': 'department',
  /** An audit is scoped by its auditor: an officer's are those of their line (docs/api/quality-audits.md). */
  'quality-audit': 'person',
  /** A draft audit, for the routes that change answers or submit. */
  'draft quality-audit': 'person',
  /** An action is scoped by its owner. */
  'audit-action': 'person',
  /** Records in the state one route needs (target-states.ts). */
  ...STATE_LEVELS,
};

/**
 * References whose field scopes them otherwise than their kind: a swap may be offered to any
 * colleague of the department (docs/api/rota.md, POST /swaps: "the colleague must be of the
 * same department"); only deciding it needs both people in an officer's line.
 */
export const FIELD_LEVELS: Readonly<Record<string, ScopeLevel>> = {
  toStaffId: 'department',
  departmentId: 'department',
};

/** Targets arranged from another: when one is spent, so are those made from it. */
const DERIVED: Partial<Record<TargetKind, TargetKind[]>> = { period: ['shift'], 'shift-type': ['cover-requirement'], 'quality-audit': ['audit-action'] };

/** A record arranged as a target, with what a write about it must send. */
export interface Target {
  id: string;
  version?: number;
  /** For rows of a period: the period and its version now. */
  period?: { id: string; version: number; startDate: string };
  /** For a person: a colleague in the same place, to swap with. */
  colleagueId?: string;
  /** For an on-call assignment: when its duty starts (an instant). */
  startsAt?: string;
}

const TABLES: Partial<Record<TargetKind, string>> = {
  department: 'department',
  team: 'team',
  location: 'location',
  staff: 'staff_member',
  'shift-type': 'shift_type',
  'cover-requirement': 'cover_requirement',
  period: 'rota_period',
  'published period': 'rota_period',
  'finished period': 'rota_period',
  absence: 'absence',
  swap: 'swap_request',
  'sickness-episode': 'sickness_episode',
  solve: 'rota_solve',
  'quality-standard': 'quality_standard',
  'audit-template': 'quality_audit_template',
  'quality-audit': 'quality_audit',
  'draft quality-audit': 'quality_audit',
  'audit-action': 'quality_audit_action',
  'establishment-line': 'establishment_line',
  'call-out': 'call_out',
  ...STATE_TABLES,
};

/**
 * Arranges targets as the first trust's admin, through the API, one per context and kind, and
 * arranges them again once a request may have changed or removed them (`spend`). People are made
 * fresh (so a deletion never removes an account's own record): in the officer's line, elsewhere
 * in the officer's department, or in the second department.
 */
export class ScopeFixtures {
  private readonly cache = new Map<string, Promise<Target>>();
  private readonly arrangers: Record<Context, RotaArranger>;

  constructor(
    private readonly admin: Agent,
    private readonly trust: TestOrganisation,
    private readonly database: DataSource,
    private readonly clock: Clock,
  ) {
    const [, second] = trust.departments;
    if (!second) throw new Error('The matrix needs a trust with two departments');
    // Weeks from half a year ahead (after the seeded rota), counting up; the matrix's own requests take weeks counting down from
    // 2030, the last year whose bank holidays the rota knows.
    this.arrangers = {
      'in line': new RotaArranger(admin, trust, database, clock, 26, 0),
      'outside the line': new RotaArranger(admin, trust, database, clock, 26, 0),
      'other department': new RotaArranger(admin, trust, database, clock, 26, 1),
      "the manager's own": new RotaArranger(admin, trust, database, clock, 26, 0),
      "the officer's own": new RotaArranger(admin, trust, database, clock, 26, 0),
    };
  }

  /** Today by the app's clock: line management takes only dates that have happened. */
  today(): IsoDate {
    return this.clock.today();
  }

  departmentOf(context: Context): string {
    return this.arrangers[context].departmentId;
  }

  /**
   * The location a body names: the context's coding office, where the arranged shift types are
   * worked (cover is asked at its shift type's location, or refused with 422).
   */
  locationOf(context: Context): string {
    return this.arrangers[context].location('coding-office');
  }

  /** The context's target of a kind, arranged on first use. */
  target(context: Context, kind: TargetKind): Promise<Target> {
    const key = `${context}|${kind}`;
    let target = this.cache.get(key);
    if (!target) this.cache.set(key, (target = this.arrange(context, kind)));
    return target;
  }

  /** Forgets these targets (a request that may have changed them went through): the next request gets fresh ones. */
  spend(targets: readonly { context: Context; kind: TargetKind }[]): void {
    for (const { context, kind } of targets) {
      for (const spent of [kind, ...(DERIVED[kind] ?? [])]) this.cache.delete(`${context}|${spent}`);
    }
  }

  /** What the admin reads at `path`: a look-up of an override (matrix-bodies.ts), such as a person's employee number. */
  async read<T>(path: string): Promise<T> {
    const response = await this.admin.get(path);
    if (response.status !== 200) throw new Error(`Reading GET ${path} gave ${response.status}: ${response.text}`);
    return response.body as T;
  }

  /** The record's version now, read from its table, so a write is refused for scope and not for staleness. */
  async current(kind: TargetKind, target: Target): Promise<Target> {
    const table = TABLES[kind];
    const version = table ? await this.versionOf(table, target.id) : target.version;
    const period = target.period ? { ...target.period, version: (await this.versionOf('rota_period', target.period.id)) ?? target.period.version } : undefined;
    return { ...target, ...(version === undefined ? {} : { version }), ...(period ? { period } : {}) };
  }

  private async versionOf(table: string, id: string): Promise<number | undefined> {
    const rows: { version: number }[] = await this.database.query(`SELECT version FROM ${table} WHERE id = $1`, [id]);
    return rows[0]?.version;
  }

  private async arrange(context: Context, kind: TargetKind): Promise<Target> {
    const rota = this.arrangers[context];
    const departmentId = this.departmentOf(context);
    if (isStateKind(kind)) return arrangeState(kind, { admin: this.admin, rota, departmentId, today: this.today(), person: () => this.person(context) });
    switch (kind) {
      case 'organisation':
        return { id: this.trust.organisation.id };
      case 'department':
        return this.created('/api/departments', aNewDepartment());
      case 'team':
        return this.created('/api/teams', aNewTeam({ departmentId }));
      case 'location':
        return this.created('/api/locations', aNewLocation({ departmentId }));
      case 'staff': {
        const person = await this.person(context);
        return { ...person, colleagueId: (await this.person(context)).id };
      }
      case 'account':
        return { id: this.trust.accountOf('staff').id };
      case 'shift-type':
        // A shift type of its own: a write to it must not change the office day every arranged period is made of.
        return this.created('/api/rota/shift-types', { departmentId, code: `X${randomUUID().slice(0, 6)}`, name: 'Matrix day', start: '10:00', end: '14:00', endsNextDay: false, unpaidBreakMinutes: 0, locationId: rota.location('coding-office'), requiredSkill: null });
      case 'cover-requirement': {
        const type = await this.target(context, 'shift-type');
        return this.created('/api/rota/cover-requirements', { departmentId, locationId: rota.location('coding-office'), shiftTypeId: type.id, appliesTo: { date: '2030-12-30' }, minimum: 0, ideal: 1 });
      }
      case 'period': {
        const period = await rota.draftPeriod();
        // Sickness of someone outside the officer's line on its first day: what an officer's view of the period must not show.
        if (context !== 'other department') await this.created('/api/rota/absences', { staffId: (await this.person('outside the line')).id, kind: 'sickness', startDate: period.startDate, endDate: period.startDate });
        return periodTarget(period);
      }
      case 'published period':
        return periodTarget((await rota.publishedAssignment((await this.person(context)).id)).period);
      case 'finished period': {
        const period = await rota.pastPublishedPeriod();
        return { id: period.id, version: period.version };
      }
      case 'shift': {
        // An office day shift of the context's period target, so a route naming both names one period.
        const period = await this.target(context, 'period');
        const officeDay = await rota.officeDay();
        const shifts = (await rota.planner(period.id)).shifts;
        const shift = shifts.find((s) => s.shiftTypeId === officeDay.id) ?? shifts[0];
        if (!shift) throw new Error('An arranged period has no shifts');
        return { id: shift.id, ...(period.period ? { period: period.period } : {}) };
      }
      case 'assignment': {
        // Published and ahead, so a swap may offer it.
        const { period, assignmentId } = await rota.publishedAssignment((await this.person(context)).id);
        return { id: assignmentId, period: periodTarget(period).period };
      }
      case 'own assignment': {
        // The staff account's own shift (the one caller the /me routes are about here).
        const { period, assignmentId } = await rota.publishedAssignment(context === 'in line' ? this.trust.staffRecordOf('staff').id : (await this.person(context)).id);
        return { id: assignmentId, period: periodTarget(period).period };
      }
      case 'absence': {
        const absence: AbsenceDto = await rota.requestedAbsence((await this.person(context)).id);
        return { id: absence.id, version: absence.version };
      }
      case 'swap': {
        const from = (await this.person(context)).id;
        const own = context === "the manager's own" || context === "the officer's own";
        const swap: SwapDto = await rota.swap(from, (await this.person(own ? 'in line' : context)).id);
        return { id: swap.id, version: swap.version };
      }
      case 'sickness-episode': {
        // Open, from a week before today: closing it or booking its return-to-work meeting is a change in scope.
        const response = await this.admin.post(`/api/people/staff/${(await this.person(context)).id}/sickness`).send({ startDate: addDays(this.clock.today(), -7), endDate: null, reasonCode: 'S13' });
        if (response.status !== 201) throw new Error(`Arranging a sickness episode gave ${response.status}: ${response.text}`);
        const { id, version } = response.body as { id: string; version: number };
        return { id, version };
      }
      case 'course': {
        const rows: { id: string }[] = await this.database.query(`SELECT id FROM course WHERE organisation_id IS NULL AND code = 'data-security-awareness'`);
        return { id: rows[0]?.id ?? '' };
      }
      case 'solve': {
        // A finished solve of a period of its own, ready to accept or reject (the matrix's app runs no solve workers).
        const solve = await rota.readySolve();
        return { id: solve.id, version: solve.version };
      }
      case 'establishment-line':
        return arrangeEstablishmentLine(this.admin, departmentId, financialYearOf(this.clock.today()));
      case 'call-out':
        return arrangeCallOut(this.admin, rota, (await this.person(context)).id);
      case 'kpi':
        return { id: 'not-found-percent' };
      case 'calendar-token':
        return { id: 'A'.repeat(43) };
      case 'quality-standard':
        return this.created('/api/quality-audits/standards', { departmentId, code: `M${randomUUID().slice(0, 6)}`, title: 'Matrix standard', category: 'record-keeping', description: '', source: '' });
      case 'audit-template':
        return this.created('/api/quality-audits/templates', { ...aQualityTemplate(), departmentId });
      case 'quality-audit':
      case 'draft quality-audit': {
        const { auditId, version } = await aQualityAudit(this.admin, { departmentId, auditorStaffId: (await this.person(context)).id, auditDate: this.today(), draft: kind === 'draft quality-audit' });
        return { id: auditId, version };
      }
      case 'audit-action': {
        const audit = await this.target(context, 'quality-audit');
        return this.created('/api/quality-audits/actions', { auditId: audit.id, criterionId: 'c2', description: 'Matrix action', ownerStaffId: (await this.person(context)).id, dueDate: addDays(this.today(), 30) });
      }
    }
  }

  /** A new person: reporting to the officer, to the manager in the same department, or in the second department. */
  private person(context: Context): Promise<Target> {
    if (context === "the manager's own" || context === "the officer's own") return Promise.resolve({ id: this.trust.staffRecordOf(context === "the manager's own" ? 'manager' : 'officer').id });
    const departmentId = this.departmentOf(context);
    const lineManagerId = context === 'in line' ? this.trust.staffRecordOf('officer').id : context === 'outside the line' ? this.trust.staffRecordOf('manager').id : null;
    return this.created('/api/staff', aNewStaffMember({ departmentId, lineManagerId }));
  }

  private async created(path: string, body: object): Promise<Target> {
    const response = await this.admin.post(path).send(body);
    if (response.status !== 201) throw new Error(`Arranging POST ${path} gave ${response.status}: ${response.text}`);
    const { id, version } = response.body as { id: string; version?: number };
    return version === undefined ? { id } : { id, version };
  }
}

function periodTarget(period: RotaPeriodDto): Target & { period: NonNullable<Target['period']> } {
  return { id: period.id, version: period.version, period: { id: period.id, version: period.version, startDate: period.startDate } };
}
