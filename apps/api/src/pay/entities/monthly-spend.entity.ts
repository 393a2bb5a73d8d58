import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VersionedRecord } from '../../database/timestamps.js';
import { DepartmentEntity } from '../../organisation/department.entity.js';
import { OrganisationEntity } from '../../organisation/organisation.entity.js';
import { penceTransformer } from './pence-transformer.js';

/** What a cost centre of a department spent in a month, entered or imported from the ledger. */
@Entity('monthly_spend')
@Check('monthly_spend_month_check', 'EXTRACT(DAY FROM month) = 1')
@Check('monthly_spend_pence_check', 'substantive_pence >= 0 AND bank_pence >= 0 AND agency_pence >= 0')
@Index('monthly_spend_department_cost_centre_month_key', ['departmentId', 'costCentre', 'month'], { unique: true })
export class MonthlySpendEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('monthly_spend_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'monthly_spend_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'monthly_spend_department_fk' })
  department?: Relation<DepartmentEntity>;

  @Column({ type: 'text' })
  costCentre: string;

  /** The first day of the month, 'yyyy-mm-01'. */
  @Column({ type: 'date' })
  month: string;

  @Column({ type: 'bigint', transformer: penceTransformer })
  substantivePence: number;

  @Column({ type: 'bigint', transformer: penceTransformer })
  bankPence: number;

  @Column({ type: 'bigint', transformer: penceTransformer })
  agencyPence: number;
}
