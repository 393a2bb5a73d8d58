import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One refused sign-in, by the email address tried. Counted to throttle password guessing against
 * an account; kept in PostgreSQL so every API replica counts the same failures.
 */
@Entity('sign_in_failure')
@Index('sign_in_failure_email_time_idx', ['email', 'failedAt'])
export class SignInFailureEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** Normalised (trimmed, lower case) as sign-in normalises it, whether or not an account has it. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'timestamptz' })
  failedAt: Date;
}
