import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, daysBetween, type IsoDate } from '@recordroom/calendar';
import { type MyShiftDto, type MyShiftsQuery } from '@recordroom/contracts';
import { DataSource } from 'typeorm';
import { type CurrentUser } from '../auth/current-user.js';
import { forbidden, unprocessable } from '../http/problem.js';
import { SWAPPABLE_COLUMNS, SWAPPABLE_FROM } from './swappable-assignments.js';
import { Clock } from '../time/clock.js';

/** Without dates, a person sees the next eight weeks. */
const DEFAULT_DAYS_AHEAD = 56;
/** At most a year and a bit in one request. */
const MAXIMUM_DAYS = 400;

interface MyShiftRow {
  assignment_id: string;
  date: string;
  start_time: string;
  end_time: string;
  ends_next_day: boolean;
  code: string;
  name: string;
  location_name: string;
  period_name: string;
  period_status: 'published' | 'finalised';
  in_future: boolean;
  swap_pending: boolean;
}

/** A person's own shifts: only from published and finalised periods, never a draft. */
@Injectable()
export class MyRotaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async shifts(user: CurrentUser, query: MyShiftsQuery): Promise<MyShiftDto[]> {
    const staffId = this.staffIdOf(user);
    const from = query.from ?? this.clock.today();
    const to = query.to ?? addDays(from, DEFAULT_DAYS_AHEAD);
    if (to < from) throw unprocessable([{ field: 'to', message: 'is before from' }]);
    if (daysBetween(from, to) > MAXIMUM_DAYS) throw unprocessable([{ field: 'to', message: `is more than ${MAXIMUM_DAYS} days after from` }]);
    return (await this.shiftsOf(user.organisationId, staffId, from, to)).map((r) => ({
      date: r.date,
      start: r.start_time,
      end: r.end_time,
      endsNextDay: r.ends_next_day,
      shiftTypeCode: r.code,
      shiftTypeName: r.name,
      locationName: r.location_name,
      periodName: r.period_name,
      assignmentId: r.assignment_id,
      swapPending: r.swap_pending,
      // Only a shift still to come on a published rota, not already in a swap, can be offered.
      offerable: r.period_status === 'published' && r.in_future && !r.swap_pending,
    }));
  }

  /** Published and finalised shifts of one person between two dates, in date and time order. */
  async shiftsOf(organisationId: string, staffId: string, from: IsoDate, to: IsoDate): Promise<MyShiftRow[]> {
    return this.dataSource.query(
      `SELECT ${SWAPPABLE_COLUMNS}, l.name AS location_name, p.name AS period_name
         FROM ${SWAPPABLE_FROM} JOIN location l ON l.id = st.location_id
        WHERE a.organisation_id = $1 AND a.staff_member_id = $2 AND p.status IN ('published', 'finalised') AND sh.date BETWEEN $3 AND $4
        ORDER BY sh.date, st.start_time`,
      [organisationId, staffId, from, to],
    );
  }

  staffIdOf(user: CurrentUser): string {
    if (!user.staffMemberId) throw forbidden('Your account is not linked to a staff record, so it has no shifts.');
    return user.staffMemberId;
  }
}
