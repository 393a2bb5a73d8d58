import { Injectable } from '@nestjs/common';
import { type CurrentUser } from '../auth/current-user.js';
import { forbidden, notFound, unprocessable } from '../http/problem.js';
import { PayDepartmentRepository, type PayDepartment } from './pay-department.repository.js';

/**
 * Who may see and change pay (docs/api/pay.md "Who may do what"): admins and senior managers any
 * department of their organisation (naming it), a manager their own (another is 404, so its
 * existence does not leak); officers and staff no department's pay at all (403), only their own.
 * Senior management reads; only admins and managers change.
 */
@Injectable()
export class PayScope {
  constructor(private readonly departments: PayDepartmentRepository) {}

  async forReading(user: CurrentUser, requested: string | undefined): Promise<PayDepartment> {
    switch (user.role) {
      case 'admin':
      case 'senior':
        return this.named(user, requested);
      case 'manager':
        return this.own(user, requested);
      case 'officer':
      case 'staff':
        throw forbidden('Pay and budgets are for managers and senior management; your own pay is on your page.');
    }
  }

  async forWriting(user: CurrentUser, requested: string | undefined): Promise<PayDepartment> {
    if (user.role === 'senior') throw forbidden('Senior management can read budgets and pay but not change them.');
    return this.forReading(user, requested);
  }

  /** Throws unless the caller may change a record of this department (found in their organisation): elsewhere is 404, as if absent. */
  assertMayChange(user: CurrentUser, departmentId: string, entity: string): void {
    switch (user.role) {
      case 'admin':
        return;
      case 'manager':
        if (user.departmentId !== departmentId) throw notFound(entity);
        return;
      case 'senior':
        throw forbidden('Senior management can read budgets and pay but not change them.');
      case 'officer':
      case 'staff':
        throw forbidden('Pay and budgets are for managers and senior management; your own pay is on your page.');
    }
  }

  private async named(user: CurrentUser, requested: string | undefined): Promise<PayDepartment> {
    if (!requested) throw unprocessable([{ field: 'departmentId', message: 'is required: say which department' }]);
    const department = await this.departments.findDepartment(user.organisationId, requested);
    if (!department) throw notFound('department');
    return department;
  }

  private async own(user: CurrentUser, requested: string | undefined): Promise<PayDepartment> {
    if (!user.departmentId) throw forbidden('Your manager account is not linked to a department; ask an administrator.');
    if (requested && requested !== user.departmentId) throw notFound('department');
    const department = await this.departments.findDepartment(user.organisationId, user.departmentId);
    if (!department) throw notFound('department');
    return department;
  }
}
