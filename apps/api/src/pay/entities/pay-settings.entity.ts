import { type AfcBand } from '@recordroom/people';
import { type Nation } from '@recordroom/pay';
import { type OnCallAgreementDto } from '@recordroom/contracts';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { VersionedRecord } from '../../database/timestamps.js';
import { OrganisationEntity } from '../../organisation/organisation.entity.js';

/** An organisation's local pay settings; without a row the documented defaults apply (pay-settings.ts). */
@Entity('pay_settings')
@Check('pay_settings_nation_check', "nation IN ('england', 'wales', 'scotland', 'northern-ireland')")
export class PaySettingsEntity extends VersionedRecord {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @OneToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'pay_settings_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'text' })
  nation: Nation;

  /** Pence per hour by band: { "3": 2850 }. */
  @Column({ type: 'jsonb' })
  agencyRateCard: Partial<Record<AfcBand, number>>;

  @Column({ type: 'jsonb' })
  onCallAgreement: OnCallAgreementDto;

  @Column({ type: 'jsonb' })
  pensionablePolicy: { enhancements: boolean; overtime: boolean; onCall: boolean };
}
