import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedOn, type RunSql } from '../database/run-sql.js';
import { type CurrentUser } from './current-user.js';
import { SessionEntity } from './session.entity.js';

interface SessionUserRow {
  account_id: string;
  email: string;
  display_name: string;
  role: CurrentUser['role'];
  organisation_id: string;
  department_id: string | null;
  staff_member_id: string | null;
  last_seen_at: Date;
  absolute_expires_at: Date;
}

export type LiveSessionUser = CurrentUser & { lastSeenAt: Date; absoluteExpiresAt: Date };

/**
 * The one statement every signed-in request runs: the session by its primary key, joined to its
 * enabled account. Exported for the benchmark's raw-SQL baseline.
 */
export async function selectLiveSessionUser(run: RunSql, tokenHash: string, now: Date): Promise<LiveSessionUser | null> {
  const rows = await run<SessionUserRow>(
    `SELECT a.id AS account_id, a.email, a.display_name, a.role, a.organisation_id, a.department_id, a.staff_member_id,
            s.last_seen_at, s.absolute_expires_at
       FROM session s JOIN account a ON a.id = s.account_id
      WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.absolute_expires_at > $2 AND a.disabled_at IS NULL`,
    [tokenHash, now],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    accountId: row.account_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    organisationId: row.organisation_id,
    departmentId: row.department_id,
    staffMemberId: row.staff_member_id,
    lastSeenAt: row.last_seen_at,
    absoluteExpiresAt: row.absolute_expires_at,
  };
}

@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async createSession(em: EntityManager, session: Omit<SessionEntity, 'createdAt' | 'lastSeenAt' | 'account'>): Promise<void> {
    await em.insert(SessionEntity, session);
  }

  /** The user of a live session of an enabled account, with the session's timing. */
  findLiveSessionUser(tokenHash: string, now: Date): Promise<LiveSessionUser | null> {
    return selectLiveSessionUser(preparedOn(this.dataSource), tokenHash, now);
  }

  async extendSession(tokenHash: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).update({ tokenHash }, { lastSeenAt, expiresAt });
  }

  async deleteSession(em: EntityManager, tokenHash: string): Promise<void> {
    await em.delete(SessionEntity, { tokenHash });
  }

  /** Housekeeping: sessions past their expiry are useless; delete them in bounded batches. */
  async deleteExpiredSessions(now: Date): Promise<number> {
    const result: [unknown, number] = await this.dataSource.query(
      `DELETE FROM session WHERE token_hash IN (SELECT token_hash FROM session WHERE expires_at <= $1 OR absolute_expires_at <= $1 LIMIT 10000)`,
      [now],
    );
    return result[1];
  }
}
