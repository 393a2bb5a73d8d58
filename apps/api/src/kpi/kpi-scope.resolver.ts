import { Injectable } from '@nestjs/common';
import { type CurrentUser } from '../auth/current-user.js';
import { forbidden, notFound, unprocessable } from '../http/problem.js';
import { ScopeService } from '../scope/scope.service.js';
import { type KpiScope } from './kpi-scope.js';

/**
 * The KPI scope of a request (docs/api/kpi.md "Who may do what"): admins and seniors read any
 * department or the whole organisation; managers and officers only their own department.
 */
@Injectable()
export class KpiScopeResolver {
  constructor(private readonly scope: ScopeService) {}

  async forReading(user: CurrentUser, departmentId: string | undefined): Promise<KpiScope> {
    const organisationId = user.organisationId;
    switch (user.role) {
      case 'admin':
      case 'senior':
        if (departmentId === undefined) return { organisationId, departmentId: null };
        return { organisationId, departmentId: await this.departmentInOrganisation(user, departmentId) };
      case 'manager':
      case 'officer':
        return { organisationId, departmentId: await this.ownDepartment(user, departmentId) };
      case 'staff':
        throw forbidden('Service KPIs are for managers, officers and senior management.');
    }
  }

  /** A department to write events into: admins name one; managers and officers write only to their own. */
  async forWriting(user: CurrentUser, departmentId: string | undefined): Promise<{ organisationId: string; departmentId: string }> {
    const organisationId = user.organisationId;
    switch (user.role) {
      case 'admin':
        if (departmentId === undefined) throw unprocessable([{ field: 'departmentId', message: 'is required: name the department the events belong to' }]);
        return { organisationId, departmentId: await this.departmentInOrganisation(user, departmentId) };
      case 'manager':
      case 'officer':
        return { organisationId, departmentId: await this.ownDepartment(user, departmentId) };
      case 'senior':
      case 'staff':
        throw forbidden('Your role cannot record service events.');
    }
  }

  private async ownDepartment(user: CurrentUser, asked: string | undefined): Promise<string> {
    const own = await this.scope.ownDepartment(user);
    if (own === null) throw forbidden(`Your ${user.role} account is not linked to a department; ask an administrator.`);
    if (asked !== undefined && asked !== own) throw forbidden('You can see and record service KPIs of your own department only.');
    return own;
  }

  private async departmentInOrganisation(user: CurrentUser, departmentId: string): Promise<string> {
    if (!(await this.scope.departmentExists(user, departmentId))) throw notFound('department');
    return departmentId;
  }
}
