import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../database/timestamps.js';

/** A trust: the tenant. Every other row carries its organisation id. */
@Entity('organisation')
export class OrganisationEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Index('organisation_ods_code_key', { unique: true })
  @Column({ type: 'text' })
  odsCode: string;
}
