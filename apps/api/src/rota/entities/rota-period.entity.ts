import { ROTA_PERIOD_STATUSES, type RotaPeriodStatus } from '@recordroom/rota';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { sqlList } from '../../database/sql-list.js';
import { VersionedRecord } from '../../database/timestamps.js';
import { DepartmentEntity } from '../../organisation/department.entity.js';
import { OrganisationEntity } from '../../organisation/organisation.entity.js';

/**
 * A rota period of a department. Its version moves on with every change to its shifts and
 * assignments, so two planners editing one period can never overwrite each other.
 */
@Entity('rota_period')
@Check('rota_period_status_check', `status IN (${sqlList(ROTA_PERIOD_STATUSES)})`)
@Check('rota_period_dates_check', 'end_date >= start_date')
@Index('rota_period_department_dates_idx', ['departmentId', 'startDate', 'endDate'])
export class RotaPeriodEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('rota_period_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'rota_period_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'rota_period_department_fk' })
  department?: Relation<DepartmentEntity>;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'text', default: 'draft' })
  status: RotaPeriodStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Name of who published it, kept as written (the account may later go). */
  @Column({ type: 'text', nullable: true })
  publishedBy: string | null;
}
