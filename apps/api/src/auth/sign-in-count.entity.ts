import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The sign-in attempts counted against one email address or one client address in the current
 * throttle window (SignInThrottle). One row per key, so an attempt is counted by a single upsert
 * that locks the row; kept in PostgreSQL so every API replica counts the same attempts.
 */
@Entity('sign_in_count')
@Check('sign_in_count_scope_check', "scope IN ('email', 'address')")
export class SignInCountEntity {
  @PrimaryColumn({ type: 'text' })
  scope: 'email' | 'address';

  /** An email address as sign-in normalises it (trimmed, lower case), or a client address key. */
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'integer' })
  attempts: number;

  /** The window starts with the first attempt and ends here; the next attempt after it starts a new one. */
  @Index('sign_in_count_window_ends_at_idx')
  @Column({ type: 'timestamptz' })
  windowEndsAt: Date;
}
