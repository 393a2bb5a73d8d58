import { Injectable } from '@nestjs/common';
import { addDays, type IsoDate } from '@recordroom/calendar';
import { MAXIMUM_ABSENCE_DAYS, validateAbsence, type Absence, type FieldError } from '@recordroom/rota';
import { type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Clock } from '../time/clock.js';
import { AbsencesRepository } from './absences.repository.js';
import { type AbsenceEntity } from './entities/absence.entity.js';
import { RotaPeriodsRepository } from './periods.repository.js';
import { absenceAuditSnapshot } from './rota.mapper.js';
import { ShiftsRepository } from './shifts.repository.js';
import { withdrawCoveredShifts } from './withdraw-covered-shifts.js';

/** A sickness episode as the rota needs it: whose, where, and its days (no end while still off). */
export interface SicknessOnRota {
  id: string;
  organisationId: string;
  departmentId: string;
  staffMemberId: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

type Actor = Pick<CurrentUser, 'accountId' | 'displayName' | 'organisationId'>;

const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/**
 * The first day the rota holds: one absence is at most MAXIMUM_ABSENCE_DAYS long, so long-term
 * sickness of more than a year is on the rota for its last year to `endDate`, the part a period
 * still being planned can meet (the episode itself keeps its true start for Bradford and the record).
 */
const rotaStart = (episodeStart: IsoDate, endDate: IsoDate): IsoDate => later(episodeStart, addDays(endDate, -(MAXIMUM_ABSENCE_DAYS - 1)));

/**
 * Puts line management's sickness episodes on the rota as approved sickness absences, so the
 * planner shows the person off sick, their shifts become cover gaps, the solver leaves them out
 * and the KPI sickness absence rate counts the days. An open episode is off until it is closed:
 * on the rota up to the end of the department's last period (or today, if later), stopping short
 * of leave already booked after it. Callers run it inside the transaction that writes the
 * episode, so the episode and its absence change together, each with its audit row.
 */
@Injectable()
export class SicknessAbsencesService {
  constructor(
    private readonly absences: AbsencesRepository,
    private readonly shifts: ShiftsRepository,
    private readonly periods: RotaPeriodsRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /**
   * What stops the episode going on the rota: its known days (to today while open) overlapping
   * the person's other leave or absence, each error naming its field.
   */
  async conflicts(em: EntityManager, episode: Omit<SicknessOnRota, 'id'> & { id: string | null }): Promise<FieldError[]> {
    const { others } = await this.standing(em, episode);
    const end = this.knownEnd(episode);
    return validateAbsence(this.draft(episode, rotaStart(episode.startDate, end), end), others).filter((e) => e.field === 'startDate' || e.field === 'endDate');
  }

  /**
   * Creates or moves the episode's absence to its dates; withdraws the shifts it now covers. With
   * `onlyIfOnRota`, an episode without an absence (recorded before episodes went on the rota, never
   * checked against the rota's leave) is left alone.
   */
  async put(em: EntityManager, actor: Actor, episode: SicknessOnRota, options: { onlyIfOnRota?: boolean } = {}): Promise<void> {
    const { others, mine } = await this.standing(em, episode);
    if (!mine && options.onlyIfOnRota) return;
    const endDate = await this.rotaEnd(em, episode, others);
    const startDate = rotaStart(episode.startDate, endDate);
    let saved: AbsenceEntity;
    if (!mine) {
      saved = await this.absences.insert(em, {
        organisationId: episode.organisationId,
        departmentId: episode.departmentId,
        staffMemberId: episode.staffMemberId,
        kind: 'sickness',
        status: 'approved',
        startDate,
        endDate,
        startTime: null,
        endTime: null,
        note: null,
        requestedByAccountId: actor.accountId,
        decidedBy: actor.displayName,
        decidedAt: this.clock.now(),
        sicknessEpisodeId: episode.id,
      });
    } else {
      if (mine.startDate === startDate && mine.endDate === endDate) return;
      saved = await this.absences.changeDates(em, mine.id, { startDate, endDate });
    }
    const withdrawn = await withdrawCoveredShifts(em, this.shifts, this.periods, saved);
    await this.audit.record(em, actor, {
      action: mine ? 'update' : 'create',
      entityType: 'absence',
      entityId: saved.id,
      departmentId: saved.departmentId,
      before: mine ? absenceAuditSnapshot(mine) : null,
      after: { ...absenceAuditSnapshot(saved), sicknessEpisodeId: episode.id, withdrawnAssignments: withdrawn },
    });
  }

  /** A new rota period: the department's open episodes stay on the rota to its end. */
  async extendOpenEpisodes(em: EntityManager, actor: Actor, departmentId: string): Promise<void> {
    for (const episode of await this.absences.findOpenSicknessEpisodes(em, departmentId)) await this.put(em, actor, episode);
  }

  /** The person's approved and requested absences other than the episode's own, and its own (locked). */
  private async standing(em: EntityManager, episode: Pick<SicknessOnRota, 'organisationId' | 'staffMemberId'> & { id: string | null }): Promise<{ others: Absence[]; mine: AbsenceEntity | null }> {
    const mine = episode.id === null ? null : await this.absences.findOfSicknessEpisode(em, episode.id);
    const all = await this.absences.findStandingOf(em, episode.organisationId, episode.staffMemberId);
    const others = all
      .filter((a) => a.id !== mine?.id)
      .map((a): Absence => ({ id: a.id, staffId: a.staffMemberId, kind: a.kind, status: a.status === 'cancelled' ? 'declined' : a.status, startDate: a.startDate, endDate: a.endDate, ...(a.startTime !== null && a.endTime !== null ? { startTime: a.startTime, endTime: a.endTime } : {}) }));
    return { others, mine };
  }

  /** The last day the person is certainly off: the episode's end, or today while it is open. */
  private knownEnd(episode: Pick<SicknessOnRota, 'startDate' | 'endDate'>): IsoDate {
    return episode.endDate ?? later(episode.startDate, this.clock.today());
  }

  private async rotaEnd(em: EntityManager, episode: SicknessOnRota, others: readonly Absence[]): Promise<IsoDate> {
    const known = this.knownEnd(episode);
    if (episode.endDate !== null) return known;
    const periodEnd = await this.absences.findLastPeriodEnd(em, episode.departmentId);
    let end = periodEnd ? later(known, periodEnd) : known;
    // Leave booked after today stays: the open episode stops the day before it.
    const next = others.filter((a) => a.startDate > known && a.startDate <= end).map((a) => a.startDate).sort()[0];
    if (next) end = addDays(next, -1);
    const longest = addDays(episode.startDate, MAXIMUM_ABSENCE_DAYS - 1);
    return end > longest ? later(known, longest) : end;
  }

  private draft(episode: Pick<SicknessOnRota, 'staffMemberId'>, startDate: IsoDate, endDate: IsoDate): Absence {
    return { id: 'sickness-episode', staffId: episode.staffMemberId, kind: 'sickness', status: 'approved', startDate, endDate };
  }
}
