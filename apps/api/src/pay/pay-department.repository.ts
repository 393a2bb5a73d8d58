import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** A department as pay sees it: its staff are charged to its cost centre. */
export interface PayDepartment {
  id: string;
  organisationId: string;
  name: string;
  costCentre: string;
}

@Injectable()
export class PayDepartmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findDepartment(organisationId: string, departmentId: string, em: EntityManager = this.dataSource.manager): Promise<PayDepartment | null> {
    const rows: { id: string; organisation_id: string; name: string; cost_centre: string }[] = await em.query(
      'SELECT id, organisation_id, name, cost_centre FROM department WHERE id = $1 AND organisation_id = $2',
      [departmentId, organisationId],
    );
    const row = rows[0];
    return row ? { id: row.id, organisationId: row.organisation_id, name: row.name, costCentre: row.cost_centre } : null;
  }
}
