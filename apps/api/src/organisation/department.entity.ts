import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from './organisation.entity.js';
import { VersionedRecord } from '../database/timestamps.js';

@Entity('department')
@Index('department_organisation_name_key', ['organisationId', 'name'], { unique: true })
export class DepartmentEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'department_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  costCentre: string;
}
