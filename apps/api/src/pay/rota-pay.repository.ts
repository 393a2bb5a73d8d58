import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type RotaPeriodStatus } from '@recordroom/rota';
import { DataSource, type EntityManager } from 'typeorm';
import { ShiftTypeEntity } from '../rota/entities/shift-type.entity.js';
import { CallOutEntity } from './entities/call-out.entity.js';
import { type ShiftTimes } from './rota-shift-to-cost.js';

export interface PeriodToCost {
  id: string;
  departmentId: string;
  name: string;
  startDate: string;
  endDate: string;
  status: RotaPeriodStatus;
}

/** An assignment of a period with its shift's date and type: worked time, or an on-call duty. */
export interface DutyRow extends ShiftTimes {
  assignmentId: string;
  staffId: string;
  shiftId: string;
  date: string;
  shiftTypeCode: string;
  shiftTypeName: string;
  onCall: boolean;
}

export interface CallOutRow {
  id: string;
  assignmentId: string;
  staffId: string;
  staffName: string;
  dutyDate: string;
  startAt: Date;
  endAt: Date;
  note: string;
  version: number;
}

/** An on-call duty a call-out is logged against. */
export interface OnCallDuty extends DutyRow {
  departmentId: string;
  periodId: string;
}

interface DutySqlRow {
  assignment_id: string;
  staff_member_id: string;
  shift_id: string;
  date: string;
  code: string;
  name: string;
  start_time: string;
  end_time: string;
  ends_next_day: boolean;
  unpaid_break_minutes: number;
  on_call: boolean;
}

const DUTY_COLUMNS = `a.id AS assignment_id, a.staff_member_id, sh.id AS shift_id, sh.date, st.code, st.name, st.start_time, st.end_time,
  st.ends_next_day, st.unpaid_break_minutes, st.on_call`;

function toDuty(r: DutySqlRow): DutyRow {
  return {
    assignmentId: r.assignment_id,
    staffId: r.staff_member_id,
    shiftId: r.shift_id,
    date: r.date,
    shiftTypeCode: r.code,
    shiftTypeName: r.name,
    startTime: r.start_time,
    endTime: r.end_time,
    endsNextDay: r.ends_next_day,
    unpaidBreakMinutes: r.unpaid_break_minutes,
    onCall: r.on_call,
  };
}

/** What pay reads of the rota (periods, assignments, shift types) and the on-call records it keeps beside it. */
@Injectable()
export class RotaPayRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPeriod(organisationId: string, periodId: string): Promise<PeriodToCost | null> {
    const rows: { id: string; department_id: string; name: string; start_date: string; end_date: string; status: RotaPeriodStatus }[] = await this.dataSource.query(
      'SELECT id, department_id, name, start_date, end_date, status FROM rota_period WHERE id = $1 AND organisation_id = $2',
      [periodId, organisationId],
    );
    const row = rows[0];
    return row ? { id: row.id, departmentId: row.department_id, name: row.name, startDate: row.start_date, endDate: row.end_date, status: row.status } : null;
  }

  /** The department's period running on `date` that staff can see (published or finalised). */
  async findVisiblePeriodOn(organisationId: string, departmentId: string, date: string): Promise<PeriodToCost | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM rota_period WHERE organisation_id = $1 AND department_id = $2 AND status <> 'draft' AND start_date <= $3 AND end_date >= $3
        ORDER BY start_date DESC LIMIT 1`,
      [organisationId, departmentId, date],
    );
    return rows[0] ? this.findPeriod(organisationId, rows[0].id) : null;
  }

  /** Every assignment of the period (optionally one person's), with its shift and type, in date order. */
  async findPeriodDuties(organisationId: string, periodId: string, staffId?: string): Promise<DutyRow[]> {
    const rows: DutySqlRow[] = await this.dataSource.query(
      `SELECT ${DUTY_COLUMNS} FROM rota_assignment a JOIN rota_shift sh ON sh.id = a.shift_id JOIN shift_type st ON st.id = sh.shift_type_id
        WHERE a.organisation_id = $1 AND a.period_id = $2 AND ($3::uuid IS NULL OR a.staff_member_id = $3)
        ORDER BY sh.date, st.start_time, a.id`,
      [organisationId, periodId, staffId ?? null],
    );
    return rows.map(toDuty);
  }

  async findShiftOfPeriod(organisationId: string, periodId: string, shiftId: string): Promise<(ShiftTimes & { date: string; onCall: boolean }) | null> {
    const rows: { date: string; start_time: string; end_time: string; ends_next_day: boolean; unpaid_break_minutes: number; on_call: boolean }[] = await this.dataSource.query(
      `SELECT sh.date, st.start_time, st.end_time, st.ends_next_day, st.unpaid_break_minutes, st.on_call
         FROM rota_shift sh JOIN shift_type st ON st.id = sh.shift_type_id WHERE sh.id = $1 AND sh.period_id = $2 AND sh.organisation_id = $3`,
      [shiftId, periodId, organisationId],
    );
    const r = rows[0];
    return r ? { date: r.date, startTime: r.start_time, endTime: r.end_time, endsNextDay: r.ends_next_day, unpaidBreakMinutes: r.unpaid_break_minutes, onCall: r.on_call } : null;
  }

  async findOnCallShiftTypeIds(organisationId: string, departmentId: string): Promise<Set<string>> {
    const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM shift_type WHERE organisation_id = $1 AND department_id = $2 AND on_call', [organisationId, departmentId]);
    return new Set(rows.map((r) => r.id));
  }

  /** Call-outs logged against the period's on-call duties (optionally one person's), in time order. */
  async findCallOuts(organisationId: string, periodId: string, staffId?: string): Promise<CallOutRow[]> {
    const rows: { id: string; assignment_id: string; staff_member_id: string; staff_name: string; date: string; start_at: Date; end_at: Date; note: string; version: number }[] = await this.dataSource.query(
      `SELECT c.id, c.assignment_id, a.staff_member_id, s.first_name || ' ' || s.last_name AS staff_name, sh.date, c.start_at, c.end_at, c.note, c.version
         FROM call_out c JOIN rota_assignment a ON a.id = c.assignment_id JOIN rota_shift sh ON sh.id = a.shift_id JOIN staff_member s ON s.id = a.staff_member_id
        WHERE c.organisation_id = $1 AND a.period_id = $2 AND ($3::uuid IS NULL OR a.staff_member_id = $3)
        ORDER BY c.start_at, c.id`,
      [organisationId, periodId, staffId ?? null],
    );
    return rows.map((r) => ({ id: r.id, assignmentId: r.assignment_id, staffId: r.staff_member_id, staffName: r.staff_name, dutyDate: r.date, startAt: r.start_at, endAt: r.end_at, note: r.note, version: r.version }));
  }

  async findDuty(em: EntityManager, organisationId: string, assignmentId: string): Promise<OnCallDuty | null> {
    const rows: (DutySqlRow & { department_id: string; period_id: string })[] = await em.query(
      `SELECT ${DUTY_COLUMNS}, p.department_id, p.id AS period_id
         FROM rota_assignment a JOIN rota_shift sh ON sh.id = a.shift_id JOIN shift_type st ON st.id = sh.shift_type_id JOIN rota_period p ON p.id = a.period_id
        WHERE a.id = $1 AND a.organisation_id = $2`,
      [assignmentId, organisationId],
    );
    const r = rows[0];
    return r ? { ...toDuty(r), departmentId: r.department_id, periodId: r.period_id } : null;
  }

  lockCallOut(em: EntityManager, organisationId: string, id: string): Promise<CallOutEntity | null> {
    return em.getRepository(CallOutEntity).findOne({ where: { id, organisationId }, lock: { mode: 'pessimistic_write' } });
  }

  async insertCallOut(em: EntityManager, values: Pick<CallOutEntity, 'organisationId' | 'assignmentId' | 'startAt' | 'endAt' | 'note'>): Promise<CallOutEntity> {
    const { identifiers } = await em.insert(CallOutEntity, values);
    return em.getRepository(CallOutEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
  }

  async updateCallOut(em: EntityManager, id: string, changes: Partial<Pick<CallOutEntity, 'startAt' | 'endAt' | 'note'>>): Promise<CallOutEntity> {
    await em.update(CallOutEntity, { id }, { ...changes, version: () => 'version + 1', updatedAt: () => 'now()' });
    return em.getRepository(CallOutEntity).findOneByOrFail({ id });
  }

  async deleteCallOut(em: EntityManager, id: string): Promise<void> {
    await em.delete(CallOutEntity, { id });
  }

  /** Call-outs of one duty other than `exceptId`, for the overlap check. */
  async findCallOutsOfDuty(em: EntityManager, assignmentId: string, exceptId?: string): Promise<{ startAt: Date; endAt: Date }[]> {
    const rows: { id: string; start_at: Date; end_at: Date }[] = await em.query('SELECT id, start_at, end_at FROM call_out WHERE assignment_id = $1', [assignmentId]);
    return rows.filter((r) => r.id !== exceptId).map((r) => ({ startAt: r.start_at, endAt: r.end_at }));
  }

  lockShiftType(em: EntityManager, organisationId: string, id: string): Promise<ShiftTypeEntity | null> {
    return em.getRepository(ShiftTypeEntity).findOne({ where: { id, organisationId }, lock: { mode: 'pessimistic_write' } });
  }

  async setOnCall(em: EntityManager, id: string, onCall: boolean): Promise<ShiftTypeEntity> {
    await em.update(ShiftTypeEntity, { id }, { onCall, version: () => 'version + 1', updatedAt: () => 'now()' });
    return em.getRepository(ShiftTypeEntity).findOneByOrFail({ id });
  }
}
