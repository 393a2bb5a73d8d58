import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AccountEntity } from './account.entity.js';

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a leaked
 * table cannot be replayed. Kept in PostgreSQL so any API replica can serve any request.
 */
@Entity('session')
export class SessionEntity {
  @PrimaryColumn({ type: 'text' })
  tokenHash: string;

  @Index('session_account_id_idx')
  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'session_account_fk' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  /** Idle expiry, pushed forward as the session is used, never past absoluteExpiresAt. */
  @Index('session_expires_at_idx')
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz' })
  absoluteExpiresAt: Date;
}
