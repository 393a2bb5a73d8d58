import { SOLVE_MODES, SOLVE_STATUSES, type SolveModeDto, type SolvePreviewDto, type SolveProgressDto, type SolveStatus } from '@recordroom/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { sqlList } from '../../database/sql-list.js';
import { VersionedRecord } from '../../database/timestamps.js';
import { DepartmentEntity } from '../../organisation/department.entity.js';
import { OrganisationEntity } from '../../organisation/organisation.entity.js';
import { RotaPeriodEntity } from '../entities/rota-period.entity.js';

/** What a solve was asked to do, as the request gave it (defaults filled). */
export interface SolveOptions {
  timeLimitSeconds: number;
  seed: number;
  pinnedAssignmentIds: string[];
  costPerPound: number;
}

/**
 * One auto-rostering solve of a rota period: the job's record beside its pg-boss job (same id).
 * The version moves on with every change of status, so a manager accepts or rejects the outcome
 * they saw; progress writes leave it alone.
 */
@Entity('rota_solve')
@Check('rota_solve_status_check', `status IN (${sqlList(SOLVE_STATUSES)})`)
@Check('rota_solve_mode_check', `mode IN (${sqlList(SOLVE_MODES)})`)
@Index('rota_solve_period_created_idx', ['periodId', 'createdAt'])
@Index('rota_solve_one_under_way_key', ['periodId'], { unique: true, where: `status IN ('queued', 'running')` })
export class RotaSolveEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('rota_solve_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'rota_solve_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Index('rota_solve_department_id_idx')
  @Column({ type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'rota_solve_department_fk' })
  department?: Relation<DepartmentEntity>;

  @Column({ type: 'uuid' })
  periodId: string;

  @ManyToOne(() => RotaPeriodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'rota_solve_period_fk' })
  period?: Relation<RotaPeriodEntity>;

  /** The pg-boss job that runs it. */
  @Column({ type: 'uuid' })
  jobId: string;

  @Column({ type: 'text', default: 'queued' })
  status: SolveStatus;

  @Column({ type: 'text' })
  mode: SolveModeDto;

  @Column({ type: 'jsonb' })
  options: SolveOptions;

  @Column({ type: 'integer' })
  baseVersion: number;

  @Column({ type: 'jsonb', nullable: true })
  progress: SolveProgressDto | null;

  @Column({ type: 'jsonb', nullable: true })
  preview: SolvePreviewDto | null;

  @Column({ type: 'text', nullable: true })
  failure: string | null;

  /** Name of who asked for it, kept as written. */
  @Column({ type: 'text' })
  requestedBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  cancelRequestedAt: Date | null;

  /** Written by the replica running it every second (the database's clock): a silent one has died. */
  @Column({ type: 'timestamptz', nullable: true })
  heartbeatAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
