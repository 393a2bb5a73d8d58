import { AFC_BANDS, CONTRACT_TYPES, type AfcBand, type ContractType, type Skill } from '@recordroom/people';
import { sqlList } from '../database/sql-list.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { DepartmentEntity } from '../organisation/department.entity.js';
import { TeamEntity } from '../organisation/team.entity.js';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VersionedRecord } from '../database/timestamps.js';

/** numeric columns come back from pg as strings; hours are small decimals such as 18.75. */
const hoursTransformer = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity('staff_member')
@Check('staff_member_band_check', `band IN (${sqlList(AFC_BANDS)})`)
@Check('staff_member_contract_type_check', `contract_type IN (${sqlList(CONTRACT_TYPES)})`)
@Check('staff_member_contracted_hours_check', 'contracted_hours_per_week BETWEEN 0 AND 48')
@Check('staff_member_pay_point_check', 'pay_point BETWEEN 1 AND 3')
@Check('staff_member_employment_dates_check', 'employment_end_date IS NULL OR employment_end_date >= employment_start_date')
@Index('staff_member_organisation_employee_number_key', ['organisationId', 'employeeNumber'], { unique: true })
@Index('staff_member_directory_idx', ['organisationId', 'departmentId', 'lastName', 'firstName'])
@Index('staff_member_name_idx', ['organisationId', 'lastName', 'firstName', 'id'])
export class StaffMemberEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'staff_member_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'staff_member_department_fk' })
  department?: Relation<DepartmentEntity>;

  @Index('staff_member_team_id_idx')
  @Column({ type: 'uuid', nullable: true })
  teamId: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'staff_member_team_fk' })
  team?: Relation<TeamEntity>;

  @Column({ type: 'text' })
  employeeNumber: string;

  @Column({ type: 'text' })
  firstName: string;

  @Column({ type: 'text' })
  lastName: string;

  @Column({ type: 'text' })
  jobTitle: string;

  @Column({ type: 'text' })
  band: AfcBand;

  @Column({ type: 'smallint' })
  payPoint: number;

  @Column({ type: 'text' })
  contractType: ContractType;

  @Column({ type: 'numeric', precision: 4, scale: 2, transformer: hoursTransformer })
  contractedHoursPerWeek: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: Skill[];

  @Index('staff_member_line_manager_id_idx')
  @Column({ type: 'uuid', nullable: true })
  lineManagerId: string | null;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'line_manager_id', foreignKeyConstraintName: 'staff_member_line_manager_fk' })
  lineManager?: Relation<StaffMemberEntity>;

  @Column({ type: 'date' })
  nhsServiceStartDate: string;

  /** First day with this employer: probation and the first appraisal run from it (NHS service may start earlier). */
  @Column({ type: 'date' })
  employmentStartDate: string;

  /** Last day of employment, once known (a leaver); their leave year and compliance end there. */
  @Column({ type: 'date', nullable: true })
  employmentEndDate: string | null;

  @Column({ type: 'boolean', default: false })
  workingTimeOptOut: boolean;

  @Column({ type: 'date', nullable: true })
  dbsCheckDate: string | null;
}
