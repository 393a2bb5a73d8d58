import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { tooManyAttempts, type SignInLimit } from '../http/problem.js';

/**
 * Refused sign-ins allowed per email address within the window before further attempts are
 * refused outright. Ten in fifteen minutes stops online guessing (a few hundred guesses a day at
 * most) while a person who mistypes their password a few times is never locked out for long.
 * The limit per client address is configured (RECORDROOM_SIGN_IN_MAX_FAILURES_PER_ADDRESS).
 */
export const MAX_SIGN_IN_FAILURES = 10;
export const SIGN_IN_FAILURE_WINDOW_MINUTES = 15;

/** Housekeeping deletes at most this many ended windows per successful sign-in. */
const CLEAN_UP_BATCH = 1000;

interface Count {
  scope: SignInLimit;
  attempts: number;
  window_ends_at: Date;
}

/**
 * Throttles password guessing per email address tried (known or not, so the answer does not
 * reveal which addresses exist) and per client address (one password sprayed over many
 * accounts), counted in PostgreSQL so replicas agree.
 *
 * An attempt is counted before its password is checked, and the check happens only if the count
 * is within both limits. Counting is one upsert per key, which locks the key's row: concurrent
 * attempts are counted one after another, so of any number sent at once no more than the limit
 * reach the password check. A right password then forgives the email address's count and takes
 * its own attempt off the client address's. The window is fixed: it opens with the first attempt
 * and the count starts again once it has ended.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts an attempt; refuses it with 429 and the seconds to wait when either count is over its limit. */
  async admit(email: string, clientAddress: string, now: Date): Promise<void> {
    // The email's row is always locked before the address's, so two attempts never wait on each other in a cycle.
    const counts: Count[] = await this.dataSource.query(
      `INSERT INTO sign_in_count AS c (scope, key, attempts, window_ends_at)
       VALUES ('email', $1, 1, $3), ('address', $2, 1, $3)
       ON CONFLICT (scope, key) DO UPDATE SET
         attempts = CASE WHEN c.window_ends_at <= $4 THEN 1 ELSE c.attempts + 1 END,
         window_ends_at = CASE WHEN c.window_ends_at <= $4 THEN excluded.window_ends_at ELSE c.window_ends_at END
       RETURNING scope, attempts, window_ends_at`,
      [email, clientAddress, new Date(now.getTime() + SIGN_IN_FAILURE_WINDOW_MINUTES * 60_000), now],
    );
    const over = counts.filter((count) => count.attempts > this.limitOf(count.scope));
    if (over.length === 0) return;
    // Over both limits: the wait is until the later window ends.
    const longest = over.reduce((a, b) => (a.window_ends_at >= b.window_ends_at ? a : b));
    throw tooManyAttempts(Math.max(1, Math.ceil((longest.window_ends_at.getTime() - now.getTime()) / 1000)), longest.scope);
  }

  /**
   * The right password: the email address's count goes, the attempt no longer counts against the
   * client address, and ended windows of every key are deleted. Each statement touches one row or
   * skips rows others hold, so none can deadlock with a concurrent admit().
   */
  async succeeded(email: string, clientAddress: string, now: Date): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_count WHERE scope = 'email' AND key = $1`, [email]);
    await this.dataSource.query(`UPDATE sign_in_count SET attempts = attempts - 1 WHERE scope = 'address' AND key = $1 AND attempts > 0 AND window_ends_at > $2`, [clientAddress, now]);
    await this.dataSource.query(
      `DELETE FROM sign_in_count WHERE ctid IN (SELECT ctid FROM sign_in_count WHERE window_ends_at <= $1 LIMIT ${CLEAN_UP_BATCH} FOR UPDATE SKIP LOCKED)`,
      [now],
    );
  }

  private limitOf(scope: SignInLimit): number {
    return scope === 'email' ? MAX_SIGN_IN_FAILURES : this.config.signInMaxFailuresPerAddress;
  }
}
