import { Injectable } from '@nestjs/common';
import { type AssignmentWriteDto, type CreateAssignmentDto, type DeleteAssignmentQuery } from '@recordroom/contracts';
import { createRotaChecker } from '@recordroom/rota';
import { randomUUID } from 'node:crypto';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { duplicate, notFound, unprocessable } from '../http/problem.js';
import { reaches, ScopeService } from '../scope/scope.service.js';
import { PeriodAccess } from './period-access.js';
import { RotaPeriodsRepository } from './periods.repository.js';
import { RotaInputRepository } from './rota-input.repository.js';
import { hardRuleBroken } from './rota-problems.js';
import { ShiftsRepository } from './shifts.repository.js';

/**
 * Putting people on shifts and taking them off. Each change locks the period, checks the version
 * the planner read, previews the change through the rule checker (a hard breach is refused with
 * the rule's explanation, soft ones come back as warnings), bumps the version and audits.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly scope: ScopeService,
    private readonly access: PeriodAccess,
    private readonly periods: RotaPeriodsRepository,
    private readonly shifts: ShiftsRepository,
    private readonly rotas: RotaInputRepository,
    private readonly audit: AuditTrail,
  ) {}

  add(user: CurrentUser, periodId: string, body: CreateAssignmentDto): Promise<AssignmentWriteDto> {
    return this.work.transaction(async (em) => {
      const period = await this.access.lockForEdit(em, user, periodId, body.periodVersion, body.reason);
      const shift = await this.shifts.findShiftOfPeriod(em, periodId, body.shiftId);
      if (!shift) throw unprocessable([{ field: 'shiftId', message: 'is not a shift of this rota period' }]);
      // Someone outside an officer's line is not theirs to see (404); anyone else must be of the department.
      const reach = await this.scope.reach(user, 'change', em);
      if (!reaches(reach, body.staffId)) throw notFound('staff member');
      if ((await this.scope.departmentOf(user, body.staffId, em)) !== period.departmentId) {
        if (!reach.everyone) throw notFound('staff member');
        throw unprocessable([{ field: 'staffId', message: 'is not a member of staff of this department' }]);
      }
      if (await this.shifts.isOnShift(em, body.shiftId, body.staffId)) throw duplicate('staffId', 'is already on this shift');
      const id = randomUUID();
      const loaded = await this.rotas.load(em, user.organisationId, period.departmentId, period);
      const checker = createRotaChecker(loaded.input);
      const assignment = { id, shiftId: body.shiftId, staffId: body.staffId, source: body.source, acknowledgements: body.acknowledgements };
      const delta = checker.preview({ kind: 'add-assignment', assignment });
      const hard = delta.added.filter((v) => v.severity === 'hard');
      if (hard.length > 0) throw hardRuleBroken(hard, 'staffId');
      await this.shifts.insertAssignment(em, { id, organisationId: user.organisationId, periodId, shiftId: body.shiftId, staffMemberId: body.staffId, source: body.source, acknowledgements: body.acknowledgements });
      const periodVersion = await this.periods.bumpVersion(em, periodId);
      await this.audit.record(em, user, {
        action: 'create',
        entityType: 'rota-assignment',
        entityId: id,
        departmentId: period.departmentId,
        before: null,
        after: { periodId, shiftId: body.shiftId, date: shift.date, staffId: body.staffId, source: body.source, periodVersion, ...(body.reason ? { reason: body.reason } : {}) },
      });
      return { assignment: { ...assignment, acknowledgements: [...assignment.acknowledgements] }, periodVersion, warnings: delta.added.filter((v) => v.severity === 'soft') };
    });
  }

  remove(user: CurrentUser, periodId: string, assignmentId: string, query: DeleteAssignmentQuery): Promise<{ periodVersion: number }> {
    return this.work.transaction(async (em) => {
      const period = await this.access.lockForEdit(em, user, periodId, query.periodVersion, query.reason);
      const assignment = await this.shifts.findAssignmentOfPeriod(em, periodId, assignmentId);
      if (!assignment || !reaches(await this.scope.reach(user, 'change', em), assignment.staffMemberId)) throw notFound('assignment');
      await this.shifts.deleteAssignments(em, [assignmentId]);
      const periodVersion = await this.periods.bumpVersion(em, periodId);
      await this.audit.record(em, user, {
        action: 'delete',
        entityType: 'rota-assignment',
        entityId: assignmentId,
        departmentId: period.departmentId,
        before: { periodId, shiftId: assignment.shiftId, staffId: assignment.staffMemberId, source: assignment.source },
        after: query.reason ? { reason: query.reason, periodVersion } : null,
      });
      return { periodVersion };
    });
  }
}
