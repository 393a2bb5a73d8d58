import { Injectable } from '@nestjs/common';
import { addDays, daysBetween, type IsoDate } from '@recordroom/calendar';
import { type MyShiftDto, type MyShiftsQuery } from '@recordroom/contracts';
import { type CurrentUser } from '../auth/current-user.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { forbidden, unprocessable } from '../http/problem.js';
import { Clock } from '../time/clock.js';
import { ShiftsRepository, type PublishedShift } from './shifts.repository.js';

/** Without dates, a person sees the next eight weeks. */
const DEFAULT_DAYS_AHEAD = 56;
/** At most a year and a bit in one request. */
const MAXIMUM_DAYS = 400;

/** A person's own shifts: only from published and finalised periods, never a draft. */
@Injectable()
export class MyRotaService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly assignments: ShiftsRepository,
    private readonly clock: Clock,
  ) {}

  async shifts(user: CurrentUser, query: MyShiftsQuery): Promise<MyShiftDto[]> {
    const staffId = this.staffIdOf(user);
    const from = query.from ?? this.clock.today();
    const to = query.to ?? addDays(from, DEFAULT_DAYS_AHEAD);
    if (to < from) throw unprocessable([{ field: 'to', message: 'is before from' }]);
    if (daysBetween(from, to) > MAXIMUM_DAYS) throw unprocessable([{ field: 'to', message: `is more than ${MAXIMUM_DAYS} days after from` }]);
    return (await this.shiftsOf(user.organisationId, staffId, from, to)).map((s) => ({
      date: s.date,
      start: s.start,
      end: s.end,
      endsNextDay: s.endsNextDay,
      shiftTypeCode: s.shiftTypeCode,
      shiftTypeName: s.shiftTypeName,
      locationName: s.locationName,
      periodName: s.periodName,
      assignmentId: s.assignmentId,
      swapPending: s.swapPending,
      // Only a shift still to come on a published rota, not already in a swap, can be offered.
      offerable: s.offerable,
    }));
  }

  /** Published and finalised shifts of one person between two dates, in date and time order. */
  shiftsOf(organisationId: string, staffId: string, from: IsoDate, to: IsoDate): Promise<PublishedShift[]> {
    return this.work.reading((em) => this.assignments.findPublishedShiftsOf(em, organisationId, staffId, from, to, this.clock.now()));
  }

  staffIdOf(user: CurrentUser): string {
    if (!user.staffMemberId) throw forbidden('Your account is not linked to a staff record, so it has no shifts.');
    return user.staffMemberId;
  }
}
