import { Injectable } from '@nestjs/common';
import { type SwapColleagueDto, type SwapOptionsDto, type SwapShiftDto } from '@recordroom/contracts';
import { checkSwap, createRotaChecker, fullName, rankCoverCandidates } from '@recordroom/rota';
import { type EntityManager } from 'typeorm';
import { type CurrentUser } from '../auth/current-user.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { forbidden, notFound, unprocessable } from '../http/problem.js';
import { Clock } from '../time/clock.js';
import { RotaPeriodsRepository } from './periods.repository.js';
import { RotaInputRepository } from './rota-input.repository.js';
import { ShiftsRepository } from './shifts.repository.js';
import { notOfferableBecause, type SwappableAssignment } from './swappable-assignments.js';

function toShift(a: SwappableAssignment): SwapShiftDto {
  return { assignmentId: a.assignmentId, date: a.date, start: a.start, end: a.end, endsNextDay: a.endsNextDay, shiftTypeCode: a.shiftTypeCode, shiftTypeName: a.shiftTypeName };
}

/**
 * Who could take one of my shifts, and which of their shifts I could take back, without breaking
 * a hard rota rule for either of us: the cover candidates of the shift among my department's
 * colleagues, each confirmed with checkSwap, and every exchange within the same rota period
 * checked with checkSwap over the whole rota.
 */
@Injectable()
export class SwapOptionsService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly shifts: ShiftsRepository,
    private readonly periods: RotaPeriodsRepository,
    private readonly rotas: RotaInputRepository,
    private readonly clock: Clock,
  ) {}

  options(user: CurrentUser, assignmentId: string): Promise<SwapOptionsDto> {
    if (!user.staffMemberId) throw forbidden('Your account is not linked to a staff record, so it has no shifts.');
    const me = user.staffMemberId;
    return this.work.reading((em) => this.optionsFor(em, user, me, assignmentId));
  }

  private async optionsFor(em: EntityManager, user: CurrentUser, me: string, assignmentId: string): Promise<SwapOptionsDto> {
    const now = this.clock.now();
    const mine = await this.shifts.findSwappable(em, user.organisationId, assignmentId, now);
    // Someone else's shift, or one on a draft rota, is not the caller's to see: 404, as everywhere.
    if (!mine || mine.staffId !== me || mine.periodStatus === 'draft') throw notFound('assignment');
    const why = notOfferableBecause(mine);
    if (why) throw unprocessable([{ field: 'assignmentId', message: why }]);
    const period = await this.periods.findKnown(em, mine.periodId);
    const loaded = await this.rotas.load(em, user.organisationId, period.departmentId, period);
    const checker = createRotaChecker(loaded.input);
    const colleagues = loaded.staff.filter((s) => s.id !== me);

    // The ranking puts the best suited first and leaves out whoever a hard rule excludes; checkSwap
    // then confirms the hand-over itself (the ranking adds a person, a swap moves the assignment).
    const ranked = rankCoverCandidates({ shiftIds: [mine.shiftId] }, checker, { shiftId: mine.shiftId, staffIds: colleagues.map((s) => s.id) });
    const takers = new Set(ranked.candidates.filter((c) => checkSwap({ assignmentId, toStaffId: c.staffId }, checker).allowed).map((c) => c.staffId));
    const order = new Map(ranked.candidates.map((c, index) => [c.staffId, index]));

    const theirs = await this.shifts.findOfferableInPeriod(em, period.id, colleagues.map((s) => s.id), now);
    const exchanges = new Map<string, SwapShiftDto[]>();
    for (const other of theirs) {
      if (other.shiftId === mine.shiftId) continue;
      if (!checkSwap({ assignmentId, withAssignmentId: other.assignmentId }, checker).allowed) continue;
      const list = exchanges.get(other.staffId) ?? [];
      list.push(toShift(other));
      exchanges.set(other.staffId, list);
    }

    const options: SwapColleagueDto[] = colleagues
      .filter((s) => takers.has(s.id) || exchanges.has(s.id))
      .map((s) => ({ staffId: s.id, name: fullName(s), takesWithoutExchange: takers.has(s.id), exchanges: exchanges.get(s.id) ?? [] }))
      .sort((a, b) => (order.get(a.staffId) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.staffId) ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name));
    return { shift: toShift(mine), colleagues: options };
  }
}
