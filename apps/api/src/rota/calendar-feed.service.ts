import { Inject, Injectable } from '@nestjs/common';
import { addDays } from '@recordroom/calendar';
import { type CalendarFeedDto, type NewCalendarFeedDto } from '@recordroom/contracts';
import ical, { type ICalCalendar } from 'ical-generator';
import { createHash, randomBytes } from 'node:crypto';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { notFound } from '../http/problem.js';
import { ScopeService } from '../scope/scope.service.js';
import { Clock, TIME_ZONE } from '../time/clock.js';
import { CalendarFeedsRepository } from './calendar-feeds.repository.js';
import { MyRotaService } from './my-rota.service.js';

/** The feed carries a year either side of today. */
const FEED_DAYS = 366;

/**
 * The VTIMEZONE block RFC 5545 wants beside TZID=Europe/London, from timezones-ical-library (the
 * IANA rules, kept current by its maintainers) rather than transcribed by hand.
 */
function vtimezone(timeZone: string): string {
  const [block] = tzlib_get_ical_block(timeZone);
  if (!block) throw new Error(`No VTIMEZONE is known for ${timeZone}`);
  return block;
}

function feedTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A wall-clock time as a Date whose UTC fields are the London local fields: ical-generator writes
 * a Date's UTC fields after TZID=Europe/London, so the calendar shows exactly the rota's times,
 * and the client applies the offset of that night (BST or GMT).
 */
function wallClock(date: string, time: string): Date {
  return new Date(`${date}T${time}:00.000Z`);
}

/** Personal calendar feeds: a secret URL per person (only its SHA-256 kept), revocable. */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly feeds: CalendarFeedsRepository,
    private readonly myRota: MyRotaService,
    private readonly scope: ScopeService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The active feed, if any. Its URL is shown only when made (only the hash is kept), so `url` is null. */
  async current(user: CurrentUser): Promise<(CalendarFeedDto & { url: null }) | null> {
    const staffId = this.myRota.staffIdOf(user);
    const feed = await this.work.reading((em) => this.feeds.findLive(em, user.organisationId, staffId));
    return feed ? { url: null, createdAt: feed.createdAt.toISOString() } : null;
  }

  /** The URL is on the configured public origin, never the request's Host header, which a client chooses. */
  async create(user: CurrentUser): Promise<NewCalendarFeedDto> {
    const staffId = this.myRota.staffIdOf(user);
    const token = randomBytes(32).toString('base64url');
    return this.work.transaction(async (em) => {
      await this.feeds.revokeLive(em, user.organisationId, staffId, this.clock.now());
      const feed = await this.feeds.insert(em, user.organisationId, staffId, feedTokenHash(token));
      await this.audit.record(em, user, { action: 'create', entityType: 'calendar-feed', entityId: feed.id, departmentId: null, before: null, after: { staffId } });
      return { url: `${this.config.publicOrigin}/api/rota/calendar/${token}.ics`, createdAt: feed.createdAt.toISOString() };
    });
  }

  async revokeOwn(user: CurrentUser): Promise<void> {
    await this.revoke(user, this.myRota.staffIdOf(user));
  }

  /** A manager revoking someone's feed (a lost phone): the person must be in their department. */
  async revokeFor(user: CurrentUser, staffId: string): Promise<void> {
    const departmentId = await this.scope.departmentOf(user, staffId);
    if (departmentId === null || !this.scope.runsDepartment(user, departmentId)) throw notFound('staff member');
    await this.revoke(user, staffId);
  }

  private async revoke(user: CurrentUser, staffId: string): Promise<void> {
    await this.work.transaction(async (em) => {
      const revoked = await this.feeds.revokeLive(em, user.organisationId, staffId, this.clock.now());
      if (revoked > 0) await this.audit.record(em, user, { action: 'delete', entityType: 'calendar-feed', entityId: staffId, departmentId: null, before: { staffId }, after: null });
    });
  }

  /** The feed behind a token, as iCalendar text; null for an unknown or revoked token. */
  async render(token: string): Promise<string | null> {
    const feed = await this.work.reading((em) => this.feeds.findLiveByTokenHash(em, feedTokenHash(token)));
    if (!feed) return null;
    const today = this.clock.today();
    const shifts = await this.myRota.shiftsOf(feed.organisationId, feed.staffMemberId, addDays(today, -FEED_DAYS), addDays(today, FEED_DAYS));
    const calendar: ICalCalendar = ical({ name: 'My shifts (Recordroom)', timezone: { name: TIME_ZONE, generator: vtimezone }, ttl: 60 * 60 });
    for (const s of shifts) {
      calendar.createEvent({
        id: `${s.assignmentId}@recordroom`,
        start: wallClock(s.date, s.start),
        end: wallClock(s.endsNextDay ? addDays(s.date, 1) : s.date, s.end),
        timezone: TIME_ZONE,
        summary: `${s.shiftTypeName} (${s.shiftTypeCode})`,
        location: s.locationName,
        description: s.periodName,
      });
    }
    return calendar.toString();
  }
}
