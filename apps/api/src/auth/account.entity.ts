import { ROLES, type Role } from '@recordroom/people';
import { sqlList } from '../database/sql-list.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { DepartmentEntity } from '../organisation/department.entity.js';
import { StaffMemberEntity } from '../staff/staff-member.entity.js';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VersionedRecord } from '../database/timestamps.js';

/** A local sign-in. Emails are stored lower-cased; the password only as an argon2id hash. */
@Entity('account')
@Check('account_role_check', `role IN (${sqlList(ROLES)})`)
export class AccountEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('account_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'account_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Index('account_email_key', { unique: true })
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  role: Role;

  @Index('account_staff_member_id_key', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  staffMemberId: string | null;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'account_staff_member_fk' })
  staffMember?: Relation<StaffMemberEntity>;

  /** The department a manager runs; null for organisation-wide roles. */
  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'account_department_fk' })
  department?: Relation<DepartmentEntity>;

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;
}
