import { type SwapShiftDto } from '@recordroom/contracts';
import { type EntityManager } from 'typeorm';

/**
 * An assignment as a swap sees it: whose it is, when, in which period, and whether it may still be
 * offered (a published period, not yet started, not already part of a swap waiting for a decision).
 */
export interface SwappableAssignment extends SwapShiftDto {
  staffId: string;
  shiftId: string;
  periodId: string;
  periodStatus: 'draft' | 'published' | 'finalised';
  /** The shift starts after now (its wall-clock start read in Europe/London, where the rota runs). */
  inFuture: boolean;
  /** The assignment is offered, or asked for in exchange, in a swap still waiting for a decision. */
  swapPending: boolean;
  /** In a published period, still to come, and in no pending swap. */
  offerable: boolean;
}

interface Row {
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

/** The SQL columns behind SwappableAssignment, over `a` (rota_assignment), `sh`, `st` and `p`. */
export const SWAPPABLE_COLUMNS = `a.id AS assignment_id, a.staff_member_id, a.shift_id, a.period_id, p.status AS period_status, sh.date,
  st.start_time, st.end_time, st.ends_next_day, st.code, st.name,
  ((sh.date + st.start_time::time) AT TIME ZONE 'Europe/London') > now() AS in_future,
  EXISTS (SELECT 1 FROM swap_request w WHERE w.status = 'requested' AND (w.from_assignment_id = a.id OR w.to_assignment_id = a.id)) AS swap_pending`;

export const SWAPPABLE_FROM = `rota_assignment a JOIN rota_shift sh ON sh.id = a.shift_id JOIN rota_period p ON p.id = a.period_id
  JOIN shift_type st ON st.id = sh.shift_type_id`;

function toSwappable(r: Row): SwappableAssignment {
  return {
    assignmentId: r.assignment_id,
    staffId: r.staff_member_id,
    shiftId: r.shift_id,
    periodId: r.period_id,
    periodStatus: r.period_status,
    date: r.date,
    start: r.start_time,
    end: r.end_time,
    endsNextDay: r.ends_next_day,
    shiftTypeCode: r.code,
    shiftTypeName: r.name,
    inFuture: r.in_future,
    swapPending: r.swap_pending,
    offerable: r.period_status === 'published' && r.in_future && !r.swap_pending,
  };
}

/** One assignment of the organisation, or undefined. */
export async function findSwappable(em: EntityManager, organisationId: string, assignmentId: string): Promise<SwappableAssignment | undefined> {
  const rows: Row[] = await em.query(`SELECT ${SWAPPABLE_COLUMNS} FROM ${SWAPPABLE_FROM} WHERE a.id = $1 AND a.organisation_id = $2`, [assignmentId, organisationId]);
  return rows[0] ? toSwappable(rows[0]) : undefined;
}

/** The offerable assignments of a period, people named (their shifts to exchange), in date and time order. */
export async function offerableInPeriod(em: EntityManager, periodId: string, staffIds: readonly string[]): Promise<SwappableAssignment[]> {
  const rows: Row[] = await em.query(
    `SELECT ${SWAPPABLE_COLUMNS} FROM ${SWAPPABLE_FROM} WHERE a.period_id = $1 AND a.staff_member_id = ANY ($2::uuid[]) ORDER BY sh.date, st.start_time`,
    [periodId, [...staffIds]],
  );
  return rows.map(toSwappable).filter((a) => a.offerable);
}

/** Why an assignment cannot be offered in a swap now, as a field error message; null when it can. */
export function notOfferableBecause(a: SwappableAssignment): string | null {
  if (a.periodStatus === 'finalised') return 'is on a finalised rota';
  if (a.periodStatus !== 'published') return 'is on a rota not yet published';
  if (!a.inFuture) return 'has already started: only shifts still to come can be swapped';
  if (a.swapPending) return 'is already part of a swap waiting for a decision';
  return null;
}
