import { Injectable } from '@nestjs/common';
import { type CurrentUser } from '../auth/current-user.js';
import { notFound } from '../http/problem.js';
import { ScopeService } from '../scope/scope.service.js';
import { PayDepartmentRepository, type PayDepartment } from './pay-department.repository.js';

/** Which department a pay request is about, once the caller may read or change its pay. */
@Injectable()
export class PayDepartments {
  constructor(
    private readonly scope: ScopeService,
    private readonly departments: PayDepartmentRepository,
  ) {}

  /**
   * The department named (or the manager's own), after `ScopeService.payDepartment` has ruled on
   * the caller: 403 for those who see no pay, 404 for a department outside their scope or gone.
   */
  async forRequest(user: CurrentUser, requested: string | undefined, purpose: 'read' | 'change'): Promise<PayDepartment> {
    const id = await this.scope.payDepartment(user, requested, purpose);
    const department = await this.departments.findDepartment(user.organisationId, id);
    if (!department) throw notFound('department');
    return department;
  }
}
