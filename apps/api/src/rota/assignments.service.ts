import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AssignmentWriteDto, type CreateAssignmentDto, type DeleteAssignmentQuery } from '@recordroom/contracts';
import { createRotaChecker } from '@recordroom/rota';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { duplicate, notFound, unprocessable } from '../http/problem.js';
import { RotaAssignmentEntity } from './entities/rota-assignment.entity.js';
import { RotaShiftEntity } from './entities/rota-shift.entity.js';
import { bumpPeriodVersion, lockPeriodForEdit } from './period-edits.js';
import { RotaAccess } from './rota-access.js';
import { RotaInputRepository } from './rota-input.repository.js';
import { hardRuleBroken } from './rota-problems.js';

/**
 * Putting people on shifts and taking them off. Each change locks the period, checks the version
 * the planner read, previews the change through the rule checker (a hard breach is refused with
 * the rule's explanation, soft ones come back as warnings), bumps the version and audits.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RotaAccess,
    private readonly rotas: RotaInputRepository,
    private readonly audit: AuditTrail,
  ) {}

  async add(user: CurrentUser, periodId: string, body: CreateAssignmentDto): Promise<AssignmentWriteDto> {
    return this.dataSource.transaction(async (em) => {
      const period = await lockPeriodForEdit(em, this.access, user, periodId, body.periodVersion, body.reason);
      const shift = await em.getRepository(RotaShiftEntity).findOneBy({ id: body.shiftId, periodId });
      if (!shift) throw unprocessable([{ field: 'shiftId', message: 'is not a shift of this rota period' }]);
      const scope = await this.access.writeScope(user, period.departmentId, em);
      await this.access.assertMayChange(user, scope, body.staffId, em);
      if (await em.getRepository(RotaAssignmentEntity).existsBy({ shiftId: body.shiftId, staffMemberId: body.staffId })) {
        throw duplicate('staffId', 'is already on this shift');
      }
      const id = randomUUID();
      const loaded = await this.rotas.load(em, user.organisationId, period.departmentId, period);
      const checker = createRotaChecker(loaded.input);
      const assignment = { id, shiftId: body.shiftId, staffId: body.staffId, source: body.source, acknowledgements: body.acknowledgements };
      const delta = checker.preview({ kind: 'add-assignment', assignment });
      const hard = delta.added.filter((v) => v.severity === 'hard');
      if (hard.length > 0) throw hardRuleBroken(hard, 'staffId');
      await em.insert(RotaAssignmentEntity, { id, organisationId: user.organisationId, periodId, shiftId: body.shiftId, staffMemberId: body.staffId, source: body.source, acknowledgements: body.acknowledgements });
      const periodVersion = await bumpPeriodVersion(em, periodId);
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

  async remove(user: CurrentUser, periodId: string, assignmentId: string, query: DeleteAssignmentQuery): Promise<{ periodVersion: number }> {
    return this.dataSource.transaction(async (em) => {
      const period = await lockPeriodForEdit(em, this.access, user, periodId, query.periodVersion, query.reason);
      const assignment = await em.getRepository(RotaAssignmentEntity).findOneBy({ id: assignmentId, periodId });
      if (!assignment) throw notFound('assignment');
      const scope = await this.access.writeScope(user, period.departmentId, em);
      if (scope.line && !scope.line.has(assignment.staffMemberId)) throw notFound('assignment');
      await em.delete(RotaAssignmentEntity, { id: assignmentId });
      const periodVersion = await bumpPeriodVersion(em, periodId);
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
