import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Page } from '@recordroom/contracts';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';

export interface AuditEventFilter {
  organisationId: string;
  /** Only this department's events (a manager); undefined for the whole organisation. */
  departmentId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorAccountId?: string | undefined;
  page: number;
  pageSize: number;
}

@Injectable()
export class AuditEventRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first; served by audit_event_organisation_time_idx / audit_event_entity_idx. */
  async findAuditEventsPage(filter: AuditEventFilter): Promise<Page<AuditEventEntity>> {
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.organisation_id = :organisationId', { organisationId: filter.organisationId });
    if (filter.departmentId) query.andWhere('e.department_id = :departmentId', { departmentId: filter.departmentId });
    if (filter.entityType) query.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorAccountId) query.andWhere('e.actor_account_id = :actor', { actor: filter.actorAccountId });
    const [items, total] = await query
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return { items, total, page: filter.page, pageSize: filter.pageSize };
  }
}
