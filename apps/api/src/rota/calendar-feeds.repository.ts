import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import { CalendarFeedEntity } from './entities/calendar-feed.entity.js';

/** Personal calendar feeds: only a fingerprint of each secret URL is kept; at most one is live per person. */
@Injectable()
export class CalendarFeedsRepository {
  /** The person's live feed, if any (the newest, should there ever be two). */
  findLive(em: EntityManager, organisationId: string, staffId: string): Promise<CalendarFeedEntity | null> {
    return em.getRepository(CalendarFeedEntity).findOne({ where: { staffMemberId: staffId, organisationId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  findLiveByTokenHash(em: EntityManager, tokenHash: string): Promise<CalendarFeedEntity | null> {
    return em.getRepository(CalendarFeedEntity).findOneBy({ tokenHash, revokedAt: IsNull() });
  }

  /** Stops the person's live feeds at `at`; returns how many there were. */
  async revokeLive(em: EntityManager, organisationId: string, staffId: string, at: Date): Promise<number> {
    const result = await em.update(CalendarFeedEntity, { staffMemberId: staffId, organisationId, revokedAt: IsNull() }, { revokedAt: at });
    return result.affected ?? 0;
  }

  async insert(em: EntityManager, organisationId: string, staffId: string, tokenHash: string): Promise<CalendarFeedEntity> {
    const { identifiers } = await em.insert(CalendarFeedEntity, { organisationId, staffMemberId: staffId, tokenHash });
    return em.getRepository(CalendarFeedEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
  }
}
