import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays } from '@recordroom/calendar';
import { type CalendarFeedDto, type NewCalendarFeedDto } from '@recordroom/contracts';
import ical, { type ICalCalendar } from 'ical-generator';
import { createHash, randomBytes } from 'node:crypto';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { DataSource, IsNull } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { notFound } from '../http/problem.js';
import { CalendarFeedEntity } from './entities/calendar-feed.entity.js';
import { MyRotaService } from './my-rota.service.js';
import { RotaAccess } from './rota-access.js';
import { Clock, TIME_ZONE } from '../time/clock.js';

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly myRota: MyRotaService,
    private readonly access: RotaAccess,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The active feed, if any. Its URL is shown only when made (only the hash is kept), so `url` is null. */
  async current(user: CurrentUser): Promise<(CalendarFeedDto & { url: null }) | null> {
    const staffId = this.myRota.staffIdOf(user);
    const feed = await this.dataSource.getRepository(CalendarFeedEntity).findOne({ where: { staffMemberId: staffId, organisationId: user.organisationId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return feed ? { url: null, createdAt: feed.createdAt.toISOString() } : null;
  }

  /** The URL is on the configured public origin, never the request's Host header, which a client chooses. */
  async create(user: CurrentUser): Promise<NewCalendarFeedDto> {
    const staffId = this.myRota.staffIdOf(user);
    const token = randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (em) => {
      await em.update(CalendarFeedEntity, { staffMemberId: staffId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
      const { identifiers } = await em.insert(CalendarFeedEntity, { organisationId: user.organisationId, staffMemberId: staffId, tokenHash: feedTokenHash(token) });
      const feed = await em.getRepository(CalendarFeedEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
      await this.audit.record(em, user, { action: 'create', entityType: 'calendar-feed', entityId: feed.id, departmentId: null, before: null, after: { staffId } });
      return { url: `${this.config.publicOrigin}/api/rota/calendar/${token}.ics`, createdAt: feed.createdAt.toISOString() };
    });
  }

  async revokeOwn(user: CurrentUser): Promise<void> {
    await this.revoke(user, this.myRota.staffIdOf(user));
  }

  /** A manager revoking someone's feed (a lost phone): the person must be in their department. */
  async revokeFor(user: CurrentUser, staffId: string): Promise<void> {
    const rows: { department_id: string }[] = await this.dataSource.query('SELECT department_id FROM staff_member WHERE id = $1 AND organisation_id = $2', [staffId, user.organisationId]);
    const person = rows[0];
    if (!person) throw notFound('staff member');
    if (user.role !== 'admin' && (await this.access.ownDepartment(user)) !== person.department_id) throw notFound('staff member');
    await this.revoke(user, staffId);
  }

  private async revoke(user: CurrentUser, staffId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const result = await em.update(CalendarFeedEntity, { staffMemberId: staffId, organisationId: user.organisationId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
      if ((result.affected ?? 0) > 0) await this.audit.record(em, user, { action: 'delete', entityType: 'calendar-feed', entityId: staffId, departmentId: null, before: { staffId }, after: null });
    });
  }

  /** The feed behind a token, as iCalendar text; null for an unknown or revoked token. */
  async render(token: string): Promise<string | null> {
    const feed = await this.dataSource.getRepository(CalendarFeedEntity).findOneBy({ tokenHash: feedTokenHash(token), revokedAt: IsNull() });
    if (!feed) return null;
    const today = this.clock.today();
    const shifts = await this.myRota.shiftsOf(feed.organisationId, feed.staffMemberId, addDays(today, -FEED_DAYS), addDays(today, FEED_DAYS));
    const calendar: ICalCalendar = ical({ name: 'My shifts (Recordroom)', timezone: { name: TIME_ZONE, generator: vtimezone }, ttl: 60 * 60 });
    for (const s of shifts) {
      calendar.createEvent({
        id: `${s.assignment_id}@recordroom`,
        start: wallClock(s.date, s.start_time),
        end: wallClock(s.ends_next_day ? addDays(s.date, 1) : s.date, s.end_time),
        timezone: TIME_ZONE,
        summary: `${s.name} (${s.code})`,
        location: s.location_name,
        description: s.period_name,
      });
    }
    return calendar.toString();
  }
}
