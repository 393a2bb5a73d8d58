import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { tooManyAttempts } from '../http/problem.js';

/**
 * Refused sign-ins allowed per email address within the window before further attempts are
 * refused outright. Ten in fifteen minutes stops online guessing (a few hundred guesses a day at
 * most) while a person who mistypes their password a few times is never locked out for long.
 */
export const MAX_SIGN_IN_FAILURES = 10;
export const SIGN_IN_FAILURE_WINDOW_MINUTES = 15;

/**
 * Throttles password guessing per account, counted in PostgreSQL so replicas agree. The count
 * is by email address tried, known or not, so the answer does not reveal which addresses exist.
 */
@Injectable()
export class SignInThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Refuses with 429 and the seconds to wait while the address has too many recent failures. */
  async assertMayTry(email: string, now: Date): Promise<void> {
    const rows: { failures: number; oldest: Date | null }[] = await this.dataSource.query(
      `SELECT count(*)::int AS failures, min(failed_at) AS oldest
         FROM (SELECT failed_at FROM sign_in_failure
                WHERE email = $1 AND failed_at > $2
                ORDER BY failed_at DESC LIMIT $3) recent`,
      [email, windowStart(now), MAX_SIGN_IN_FAILURES],
    );
    const { failures, oldest } = rows[0] ?? { failures: 0, oldest: null };
    if (failures < MAX_SIGN_IN_FAILURES || oldest === null) return;
    const retryAt = oldest.getTime() + SIGN_IN_FAILURE_WINDOW_MINUTES * 60_000;
    throw tooManyAttempts(Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)));
  }

  async recordFailure(email: string, now: Date): Promise<void> {
    await this.dataSource.query('INSERT INTO sign_in_failure (email, failed_at) VALUES ($1, $2)', [email, now]);
  }

  /** A successful sign-in clears the address's failures; old rows of every address go too. */
  async clear(email: string, now: Date): Promise<void> {
    await this.dataSource.query('DELETE FROM sign_in_failure WHERE email = $1 OR failed_at <= $2', [email, windowStart(now)]);
  }
}

function windowStart(now: Date): Date {
  return new Date(now.getTime() - SIGN_IN_FAILURE_WINDOW_MINUTES * 60_000);
}
