import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisation/organisation.entity.js';
import { RotaPeriodEntity } from './rota-period.entity.js';
import { ShiftTypeEntity } from './shift-type.entity.js';

/** A dated shift: a shift type on the date it starts, in one period. */
@Entity('rota_shift')
@Index('rota_shift_period_date_idx', ['periodId', 'date'])
@Index('rota_shift_shift_type_date_idx', ['shiftTypeId', 'date'])
export class RotaShiftEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('rota_shift_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'rota_shift_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'uuid' })
  periodId: string;

  @ManyToOne(() => RotaPeriodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'rota_shift_period_fk' })
  period?: Relation<RotaPeriodEntity>;

  @Column({ type: 'uuid' })
  shiftTypeId: string;

  @ManyToOne(() => ShiftTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shift_type_id', foreignKeyConstraintName: 'rota_shift_shift_type_fk' })
  shiftType?: Relation<ShiftTypeEntity>;

  @Column({ type: 'date' })
  date: string;
}
