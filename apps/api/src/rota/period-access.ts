import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type CurrentUser } from '../auth/current-user.js';
import { notFound, staleVersion, unprocessable } from '../http/problem.js';
import { ScopeService } from '../scope/scope.service.js';
import { RotaPeriodEntity } from './entities/rota-period.entity.js';
import { RotaPeriodsRepository } from './periods.repository.js';

/** The rota periods a user may open, and the checks before a change to one's shifts or assignments. */
@Injectable()
export class PeriodAccess {
  constructor(
    private readonly periods: RotaPeriodsRepository,
    private readonly scope: ScopeService,
  ) {}

  /** A period of a department the user reads, optionally locked for update; 404 otherwise. */
  async find(em: EntityManager, user: CurrentUser, id: string, lock = false): Promise<RotaPeriodEntity> {
    const period = await this.periods.findInOrganisation(em, user.organisationId, id, lock);
    if (!period || !(await this.scope.mayReadDepartment(user, period.departmentId, em))) throw notFound('rota period');
    return period;
  }

  /**
   * Locks a period for a change to its shifts or assignments and checks the caller's view of it is
   * current: a stale `periodVersion` is 409, a finalised period never changes, and a published one
   * changes only with a reason, which the audit trail keeps.
   */
  async lockForEdit(em: EntityManager, user: CurrentUser, id: string, periodVersion: number, reason: string | undefined): Promise<RotaPeriodEntity> {
    const period = await this.find(em, user, id, true);
    if (period.version !== periodVersion) throw staleVersion('rota period', periodVersion, period.version);
    if (period.status === 'finalised') throw unprocessable([{ field: 'periodId', message: 'is a finalised rota: the record of what was worked, which cannot change' }]);
    if (period.status === 'published' && !reason) throw unprocessable([{ field: 'reason', message: 'is required: the rota is published, so say why it changes' }]);
    return period;
  }
}
