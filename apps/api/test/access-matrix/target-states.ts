import { addDays, type IsoDate } from '@recordroom/calendar';
import { type SolveDto } from '@recordroom/contracts';
import { arrangeOnCallAssignment } from '../support/pay-arrange.js';
import { aQualityAudit } from '../support/quality-audit-bodies.js';
import { type RotaArranger } from '../support/rota-arrange.js';
import { type Agent } from '../support/test-app.js';
import { type ScopeLevel, type Target } from './scope-fixtures.js';

/**
 * Targets in the state one route needs, so its in-scope request can succeed and its refusals out
 * of scope are the scope check (matrix-bodies.ts names which route takes which). Each is
 * arranged per context like any target (scope-fixtures.ts), through the API as the admin.
 */
const STATE_KINDS = ['queued solve', 'answered draft quality-audit', 'dbs-checked staff', 'on-call assignment'] as const;
export type StateKind = (typeof STATE_KINDS)[number];

export const STATE_LEVELS: Readonly<Record<StateKind, ScopeLevel>> = {
  /** A solve still queued (the matrix's app runs no solve workers): only such a one can be cancelled. */
  'queued solve': 'department',
  /** A draft audit with every answer saved: submitting one with answers missing is refused for what it is. */
  'answered draft quality-audit': 'person',
  /** A new person with a DBS check on record: deleting a check that is not there is a 404. */
  'dbs-checked staff': 'person',
  /** A person's assignment to an on-call duty: a call-out is recorded only within one. */
  'on-call assignment': 'person',
};

/** The table each is read from for its version now (an assignment has none of its own). */
export const STATE_TABLES: Readonly<Partial<Record<StateKind, string>>> = {
  'queued solve': 'rota_solve',
  'answered draft quality-audit': 'quality_audit',
  // The DBS check's version is its staff record's.
  'dbs-checked staff': 'staff_member',
};

export const isStateKind = (kind: string): kind is StateKind => (STATE_KINDS as readonly string[]).includes(kind);

/** What arranging a state needs of the context: the admin, its rota arranger and department, today, and a new person of it. */
export interface StateContext {
  admin: Agent;
  rota: RotaArranger;
  departmentId: string;
  today: IsoDate;
  person(): Promise<Target>;
}

export async function arrangeState(kind: StateKind, on: StateContext): Promise<Target> {
  switch (kind) {
    case 'queued solve': {
      const solve: SolveDto = await on.rota.queuedSolve();
      return { id: solve.id, version: solve.version };
    }
    case 'answered draft quality-audit': {
      const draft = await aQualityAudit(on.admin, { departmentId: on.departmentId, auditorStaffId: (await on.person()).id, auditDate: on.today, draft: true });
      const answers = draft.sample.flatMap((recordId) => ['c1', 'c2', 'c3'].map((criterionId) => ({ recordId, criterionId, answer: 'yes', comment: '' })));
      const saved = await on.admin.put(`/api/quality-audits/audits/${draft.auditId}/answers`).send({ version: draft.version, answers });
      if (saved.status !== 200) throw new Error(`Saving a draft's answers gave ${saved.status}: ${saved.text}`);
      return { id: draft.auditId, version: (saved.body as { version: number }).version };
    }
    case 'dbs-checked staff': {
      const person = await on.person();
      const checked = await on.admin.put(`/api/people/staff/${person.id}/checks`).send({ kind: 'dbs', checkedOn: addDays(on.today, -30) });
      if (checked.status !== 200) throw new Error(`Recording a DBS check gave ${checked.status}: ${checked.text}`);
      return { id: person.id, version: (checked.body as { version: number }).version };
    }
    case 'on-call assignment': {
      const { assignmentId, dutyStart } = await arrangeOnCallAssignment(on.admin, on.rota, (await on.person()).id);
      return { id: assignmentId, startsAt: dutyStart.toISOString() };
    }
  }
}
