import { AFC_BANDS, type AfcBand } from '@recordroom/people';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { sqlList } from '../../database/sql-list.js';
import { VersionedRecord } from '../../database/timestamps.js';
import { DepartmentEntity } from '../../organisation/department.entity.js';
import { OrganisationEntity } from '../../organisation/organisation.entity.js';
import { penceTransformer, wteTransformer } from './pence-transformer.js';

/** Funded posts and their budget for one band in one cost centre of a department, for a financial year. */
@Entity('establishment_line')
@Check('establishment_line_financial_year_check', `financial_year ~ '^[0-9]{4}/[0-9]{2}$'`)
@Check('establishment_line_band_check', `band IN (${sqlList(AFC_BANDS)})`)
@Check('establishment_line_funded_wte_check', 'funded_wte >= 0')
@Check('establishment_line_budget_pence_check', 'budget_pence >= 0')
@Index('establishment_line_department_year_cost_centre_band_key', ['departmentId', 'financialYear', 'costCentre', 'band'], { unique: true })
export class EstablishmentLineEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('establishment_line_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'establishment_line_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'establishment_line_department_fk' })
  department?: Relation<DepartmentEntity>;

  /** '2025/26' */
  @Column({ type: 'text' })
  financialYear: string;

  @Column({ type: 'text' })
  costCentre: string;

  @Column({ type: 'text' })
  band: AfcBand;

  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: wteTransformer })
  fundedWte: number;

  @Column({ type: 'bigint', transformer: penceTransformer })
  budgetPence: number;
}
