import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CurrentUserDto } from '@recordroom/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { unauthenticated } from '../http/problem.js';
import { AccountRepository } from './account.repository.js';
import { type CurrentUser } from './current-user.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionRepository } from './session.repository.js';
import { SignInThrottle } from './sign-in-throttle.js';

/** A session lives at most this long after sign-in, however active (one working day and a bit). */
const ABSOLUTE_SESSION_HOURS = 12;
/** Sliding expiry is written at most this often, so reads don't each cost a write. */
const EXTEND_AFTER_MS = 60_000;

export interface SignedIn {
  token: string;
  user: CurrentUser;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private decoyHash: Promise<string> | undefined;
  /** Sliding-expiry writes under way in this process, by token hash. */
  private readonly extending = new Set<string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditTrail,
    private readonly throttle: SignInThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * `email` arrives trimmed by the sign-in DTO; addresses compare without case. `clientAddress`
   * is the key the attempt counts against (clientAddressKey). The attempt is counted before the
   * password is checked (SignInThrottle), so it stays counted unless the password is right.
   */
  async signIn(email: string, password: string, clientAddress: string, now: Date): Promise<SignedIn> {
    const throttleKey = email.toLowerCase();
    await this.throttle.admit(throttleKey, clientAddress, now);
    const account = await this.accounts.findEnabledByEmail(email);
    if (!account) {
      this.decoyHash ??= this.hasher.hash(randomBytes(16).toString('hex'));
      await this.hasher.verify(await this.decoyHash, password);
      throw unauthenticated('The email address or password is not right.');
    }
    if (!(await this.hasher.verify(account.passwordHash, password))) throw unauthenticated('The email address or password is not right.');
    await this.throttle.succeeded(throttleKey, clientAddress, now);
    // Housekeeping rides on sign-in: expired sessions are deleted in a bounded batch.
    await this.sessions.deleteExpiredSessions(now);
    const token = randomBytes(32).toString('base64url');
    const user: CurrentUser = {
      accountId: account.id,
      email: account.email,
      displayName: account.displayName,
      role: account.role,
      organisationId: account.organisationId,
      departmentId: account.departmentId,
      staffMemberId: account.staffMemberId,
    };
    await this.dataSource.transaction(async (em) => {
      await this.sessions.createSession(em, {
        tokenHash: hashToken(token),
        accountId: account.id,
        expiresAt: this.idleExpiry(now),
        absoluteExpiresAt: new Date(now.getTime() + ABSOLUTE_SESSION_HOURS * 3_600_000),
      });
      await this.audit.record(em, user, { action: 'sign-in', entityType: 'account', entityId: account.id, departmentId: account.departmentId, before: null, after: null });
    });
    return { token, user };
  }

  /** The user of a live session, extending its idle expiry; null when absent or expired. */
  async authenticate(token: string, now: Date): Promise<CurrentUser | null> {
    const tokenHash = hashToken(token);
    const found = await this.sessions.findLiveSessionUser(tokenHash, now);
    if (!found) return null;
    const { lastSeenAt, absoluteExpiresAt, ...user } = found;
    // Requests that arrive together after the minute all read the old last_seen_at; only the
    // first writes, rather than each queueing on the session row's lock behind the others.
    if (now.getTime() - lastSeenAt.getTime() > EXTEND_AFTER_MS && !this.extending.has(tokenHash)) {
      const expiresAt = new Date(Math.min(this.idleExpiry(now).getTime(), absoluteExpiresAt.getTime()));
      this.extending.add(tokenHash);
      try {
        await this.sessions.extendSession(tokenHash, now, expiresAt);
      } finally {
        this.extending.delete(tokenHash);
      }
    }
    return user;
  }

  async signOut(token: string, user: CurrentUser): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await this.sessions.deleteSession(em, hashToken(token));
      await this.audit.record(em, user, { action: 'sign-out', entityType: 'account', entityId: user.accountId, departmentId: user.departmentId, before: null, after: null });
    });
  }

  /** The signed-in user with the names of their organisation and department, for the dashboard. */
  async describe(user: CurrentUser): Promise<CurrentUserDto> {
    const profile = await this.accounts.findProfile(user.accountId);
    return {
      id: user.accountId,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      organisationId: user.organisationId,
      organisationName: profile.organisationName,
      departmentId: user.departmentId,
      departmentName: profile.departmentName,
      staffMemberId: user.staffMemberId,
    };
  }

  private idleExpiry(now: Date): Date {
    return new Date(now.getTime() + this.config.sessionIdleMinutes * 60_000);
  }
}
