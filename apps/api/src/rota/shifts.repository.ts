import { Injectable } from '@nestjs/common';
import { type IsoDate } from '@recordroom/calendar';
import { type AssignmentSource, type RuleAcknowledgement } from '@recordroom/rota';
import { type EntityManager } from 'typeorm';
import { type AbsenceEntity } from './entities/absence.entity.js';
import { RotaAssignmentEntity } from './entities/rota-assignment.entity.js';
import { RotaShiftEntity } from './entities/rota-shift.entity.js';
import { isOfferable, type SwappableAssignment } from './swappable-assignments.js';

type NewShift = Pick<RotaShiftEntity, 'organisationId' | 'periodId' | 'shiftTypeId' | 'date'>;

interface NewAssignment {
  id: string;
  organisationId: string;
  periodId: string;
  shiftId: string;
  staffMemberId: string;
  source: AssignmentSource;
  acknowledgements: RuleAcknowledgement[];
}

interface SwappableRow {
  assignment_id: string;
  staff_member_id: string;
  shift_id: string;
  period_id: string;
  period_status: SwappableAssignment['periodStatus'];
  date: string;
  start_time: string;
  end_time: string;
  ends_next_day: boolean;
  code: string;
  name: string;
  in_future: boolean;
  swap_pending: boolean;
}

/** A person's shift on a published or finalised rota, with where it is and whether it may be offered in a swap. */
export interface PublishedShift extends SwappableAssignment {
  locationName: string;
  periodName: string;
}

/** People on duty on a date in shifts of one time: the rows planned cover adds up. */
export interface OnDutyRow {
  date: string;
  start_time: string;
  end_time: string;
  ends_next_day: boolean;
  people: number;
}

/**
 * The SQL columns behind SwappableAssignment, over `a` (rota_assignment), `sh`, `st` and `p`;
 * `now` is the parameter holding the API clock's instant (never the database's now()).
 */
function swappableColumns(now: string): string {
  return `a.id AS assignment_id, a.staff_member_id, a.shift_id, a.period_id, p.status AS period_status, sh.date,
  st.start_time, st.end_time, st.ends_next_day, st.code, st.name,
  ((sh.date + st.start_time::time) AT TIME ZONE 'Europe/London') > ${now}::timestamptz AS in_future,
  EXISTS (SELECT 1 FROM swap_request w WHERE w.status = 'requested' AND (w.from_assignment_id = a.id OR w.to_assignment_id = a.id)) AS swap_pending`;
}

const SWAPPABLE_FROM = `rota_assignment a JOIN rota_shift sh ON sh.id = a.shift_id JOIN rota_period p ON p.id = a.period_id
  JOIN shift_type st ON st.id = sh.shift_type_id`;

function toSwappable(r: SwappableRow): SwappableAssignment {
  const facts = { periodStatus: r.period_status, inFuture: r.in_future, swapPending: r.swap_pending };
  return {
    assignmentId: r.assignment_id,
    staffId: r.staff_member_id,
    shiftId: r.shift_id,
    periodId: r.period_id,
    date: r.date,
    start: r.start_time,
    end: r.end_time,
    endsNextDay: r.ends_next_day,
    shiftTypeCode: r.code,
    shiftTypeName: r.name,
    ...facts,
    offerable: isOfferable(facts),
  };
}

/** Dated shifts and the assignments that put people on them. */
@Injectable()
export class ShiftsRepository {
  /** Inserts in batches of 500 rows, well inside PostgreSQL's 65,535 parameters a statement. */
  async insertShifts(em: EntityManager, shifts: readonly NewShift[]): Promise<void> {
    for (let i = 0; i < shifts.length; i += 500) await em.insert(RotaShiftEntity, shifts.slice(i, i + 500));
  }

  async insertShift(em: EntityManager, shift: NewShift): Promise<string> {
    const { identifiers } = await em.insert(RotaShiftEntity, shift);
    return (identifiers[0] as { id: string }).id;
  }

  findShiftOfPeriod(em: EntityManager, periodId: string, shiftId: string): Promise<RotaShiftEntity | null> {
    return em.getRepository(RotaShiftEntity).findOneBy({ id: shiftId, periodId });
  }

  isOnShift(em: EntityManager, shiftId: string, staffId: string): Promise<boolean> {
    return em.getRepository(RotaAssignmentEntity).existsBy({ shiftId, staffMemberId: staffId });
  }

  async insertAssignment(em: EntityManager, assignment: NewAssignment): Promise<void> {
    await em.insert(RotaAssignmentEntity, assignment);
  }

  async insertAssignments(em: EntityManager, assignments: readonly NewAssignment[]): Promise<void> {
    for (let i = 0; i < assignments.length; i += 500) await em.insert(RotaAssignmentEntity, assignments.slice(i, i + 500));
  }

  findAssignmentOfPeriod(em: EntityManager, periodId: string, id: string): Promise<RotaAssignmentEntity | null> {
    return em.getRepository(RotaAssignmentEntity).findOneBy({ id, periodId });
  }

  findAssignment(em: EntityManager, id: string): Promise<RotaAssignmentEntity | null> {
    return em.getRepository(RotaAssignmentEntity).findOneBy({ id });
  }

  /** An assignment of the organisation locked for update: two swaps offering the same shift queue behind each other. */
  lockAssignment(em: EntityManager, organisationId: string, id: string): Promise<RotaAssignmentEntity | null> {
    return em.getRepository(RotaAssignmentEntity).findOne({ where: { id, organisationId }, lock: { mode: 'pessimistic_write' } });
  }

  async deleteAssignments(em: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await em.delete(RotaAssignmentEntity, [...ids]);
  }

  /** Hands an assignment to another person as the result of a swap. */
  async moveToBySwap(em: EntityManager, id: string, staffId: string): Promise<void> {
    await em.update(RotaAssignmentEntity, { id }, { staffMemberId: staffId, source: 'swap' });
  }

  /** The person's assignments an absence covers, in periods not yet finalised: whole days, or shifts overlapping its times. */
  async findCoveredByAbsence(em: EntityManager, absence: Pick<AbsenceEntity, 'staffMemberId' | 'startDate' | 'endDate' | 'startTime' | 'endTime'>): Promise<{ id: string; periodId: string }[]> {
    const timed = absence.startTime !== null && absence.endTime !== null;
    const rows: { id: string; period_id: string }[] = await em.query(
      `SELECT a.id, a.period_id FROM rota_assignment a JOIN rota_shift sh ON sh.id = a.shift_id JOIN rota_period p ON p.id = a.period_id
         JOIN shift_type st ON st.id = sh.shift_type_id
        WHERE a.staff_member_id = $1 AND p.status <> 'finalised' AND sh.date BETWEEN $2 AND $3
          AND (NOT $4 OR (st.start_time < $6 AND (st.ends_next_day OR st.end_time > $5)))`,
      [absence.staffMemberId, absence.startDate, absence.endDate, timed, absence.startTime ?? '00:00', absence.endTime ?? '00:00'],
    );
    return rows.map((r) => ({ id: r.id, periodId: r.period_id }));
  }

  /** One assignment of the organisation as a swap sees it, "still to come" judged at `now`; undefined if there is none. */
  async findSwappable(em: EntityManager, organisationId: string, assignmentId: string, now: Date): Promise<SwappableAssignment | undefined> {
    const rows: SwappableRow[] = await em.query(`SELECT ${swappableColumns('$3')} FROM ${SWAPPABLE_FROM} WHERE a.id = $1 AND a.organisation_id = $2`, [assignmentId, organisationId, now]);
    return rows[0] ? toSwappable(rows[0]) : undefined;
  }

  /** The offerable assignments of a period of the people named (their shifts to exchange), in date and time order. */
  async findOfferableInPeriod(em: EntityManager, periodId: string, staffIds: readonly string[], now: Date): Promise<SwappableAssignment[]> {
    const rows: SwappableRow[] = await em.query(
      `SELECT ${swappableColumns('$3')} FROM ${SWAPPABLE_FROM} WHERE a.period_id = $1 AND a.staff_member_id = ANY ($2::uuid[]) ORDER BY sh.date, st.start_time`,
      [periodId, [...staffIds], now],
    );
    return rows.map(toSwappable).filter((a) => a.offerable);
  }

  /** Published and finalised shifts of one person between two dates, in date and time order. */
  async findPublishedShiftsOf(em: EntityManager, organisationId: string, staffId: string, from: IsoDate, to: IsoDate, now: Date): Promise<PublishedShift[]> {
    const rows: (SwappableRow & { location_name: string; period_name: string })[] = await em.query(
      `SELECT ${swappableColumns('$5')}, l.name AS location_name, p.name AS period_name
         FROM ${SWAPPABLE_FROM} JOIN location l ON l.id = st.location_id
        WHERE a.organisation_id = $1 AND a.staff_member_id = $2 AND p.status IN ('published', 'finalised') AND sh.date BETWEEN $3 AND $4
        ORDER BY sh.date, st.start_time`,
      [organisationId, staffId, from, to, now],
    );
    return rows.map((r) => ({ ...toSwappable(r), locationName: r.location_name, periodName: r.period_name }));
  }

  /** People on duty by date and shift times on published and finalised rotas, of one department or (null) the organisation. */
  onDutyByDateAndTimes(em: EntityManager, scope: { organisationId: string; departmentId: string | null }, from: IsoDate, to: IsoDate): Promise<OnDutyRow[]> {
    return em.query(
      `SELECT sh.date, st.start_time, st.end_time, st.ends_next_day, count(*)::int AS people
         FROM rota_assignment a JOIN rota_shift sh ON sh.id = a.shift_id JOIN rota_period p ON p.id = a.period_id
         JOIN shift_type st ON st.id = sh.shift_type_id
        WHERE p.organisation_id = $1 AND ($2::uuid IS NULL OR p.department_id = $2) AND p.status IN ('published', 'finalised') AND sh.date BETWEEN $3 AND $4
        GROUP BY sh.date, st.start_time, st.end_time, st.ends_next_day`,
      [scope.organisationId, scope.departmentId, from, to],
    );
  }
}
