import { Injectable } from '@nestjs/common';
import { addDays, addMonthsClamped, type IsoDate } from '@recordroom/calendar';
import { type ContractType, type LocationKind, type Skill } from '@recordroom/people';
import {
  buildFairnessLedger,
  type Absence,
  type AbsenceKind,
  type AbsenceStatus,
  type Assignment,
  type AssignmentSource,
  type CoverRequirement,
  type FairnessLedger,
  type IsoWeekday,
  type Location,
  type RotaInput,
  type RotaStaffMember,
  type RuleAcknowledgement,
  type Shift,
  type ShiftType,
} from '@recordroom/rota';
import { type EntityManager } from 'typeorm';
import { independentQueries } from '../database/independent-queries.js';

/** 17 weeks before a period feed the 48-hour average (../shared/domain/working-time.md §1). */
const HISTORY_DAYS = 17 * 7;

/** A staff member with the planner's extra columns. */
export interface RotaStaffRow extends RotaStaffMember {
  band: string;
  teamId: string | null;
  teamName: string | null;
  contractType: ContractType;
}

/** A department's rota around one period, as the domain reads it, with what the planner shows beside it. */
export interface LoadedRota {
  input: RotaInput;
  staff: RotaStaffRow[];
  locations: Location[];
  fairness: FairnessLedger;
}

interface ShiftRow {
  id: string;
  shift_type_id: string;
  date: string;
}
interface AssignmentRow {
  id: string;
  shift_id: string;
  staff_member_id: string;
  source: AssignmentSource;
  acknowledgements: RuleAcknowledgement[];
}

/**
 * Loads a department's rota for the domain checker: the period, 17 weeks of worked history
 * (published and finalised periods), the 12 months before it for the fairness ledger, staff with
 * working patterns, shift types, cover, and approved and requested absence.
 */
@Injectable()
export class RotaInputRepository {
  async load(em: EntityManager, organisationId: string, departmentId: string, period: { id: string; startDate: IsoDate; endDate: IsoDate }): Promise<LoadedRota> {
    const historyFrom = addDays(period.startDate, -HISTORY_DAYS);
    const ledgerFrom = addMonthsClamped(period.startDate, -12);
    const from = ledgerFrom < historyFrom ? ledgerFrom : historyFrom;
    const [staff, locations, shiftTypes, coverRequirements, shifts, assignments, absences] = await independentQueries(em, [
      () => this.staff(em, organisationId, departmentId),
      () => this.locations(em, organisationId, departmentId),
      () => this.shiftTypes(em, organisationId, departmentId),
      () => this.cover(em, organisationId, departmentId),
      () => em.query<ShiftRow[]>(
        `SELECT sh.id, sh.shift_type_id, sh.date FROM rota_shift sh JOIN rota_period p ON p.id = sh.period_id
          WHERE p.organisation_id = $1 AND p.department_id = $2 AND sh.date BETWEEN $3 AND $4 AND (p.id = $5 OR p.status <> 'draft')`,
        [organisationId, departmentId, from, period.endDate, period.id],
      ),
      () => em.query<AssignmentRow[]>(
        `SELECT a.id, a.shift_id, a.staff_member_id, a.source, a.acknowledgements FROM rota_assignment a
           JOIN rota_shift sh ON sh.id = a.shift_id JOIN rota_period p ON p.id = a.period_id
          WHERE p.organisation_id = $1 AND p.department_id = $2 AND sh.date BETWEEN $3 AND $4 AND (p.id = $5 OR p.status <> 'draft')`,
        [organisationId, departmentId, from, period.endDate, period.id],
      ),
      () => this.absences(em, organisationId, departmentId, from, period.endDate),
    ] as const);
    const toShift = (r: ShiftRow): Shift => ({ id: r.id, shiftTypeId: r.shift_type_id, date: r.date });
    const toAssignment = (r: AssignmentRow): Assignment => ({ id: r.id, shiftId: r.shift_id, staffId: r.staff_member_id, source: r.source, acknowledgements: r.acknowledgements });
    const ledgerShifts = shifts.filter((s) => s.date >= ledgerFrom && s.date < period.startDate).map(toShift);
    const ledgerIds = new Set(ledgerShifts.map((s) => s.id));
    const fairness = buildFairnessLedger({
      referenceDate: period.startDate,
      locations,
      shiftTypes,
      shifts: ledgerShifts,
      assignments: assignments.filter((a) => ledgerIds.has(a.shift_id)).map(toAssignment),
      staff,
      absences,
    });
    const rotaShifts = shifts.filter((s) => s.date >= historyFrom).map(toShift);
    const rotaIds = new Set(rotaShifts.map((s) => s.id));
    const input: RotaInput = {
      period: { startDate: period.startDate, endDate: period.endDate },
      historyFrom,
      locations,
      shiftTypes,
      shifts: rotaShifts,
      assignments: assignments.filter((a) => rotaIds.has(a.shift_id)).map(toAssignment),
      staff,
      absences,
      // A date's own requirement matters only on that date: one for another year stays out of this check.
      coverRequirements: coverRequirements.filter((c) => !('date' in c.appliesTo) || (c.appliesTo.date >= period.startDate && c.appliesTo.date <= period.endDate)),
      fairnessBaseline: fairness,
    };
    return { input, staff, locations, fairness };
  }

  async staff(em: EntityManager, organisationId: string, departmentId: string): Promise<RotaStaffRow[]> {
    const rows: {
      id: string; first_name: string; last_name: string; skills: Skill[]; contracted_hours_per_week: string; working_time_opt_out: boolean;
      contract_type: ContractType; band: string; team_id: string | null; team_name: string | null; weekdays: number[] | null;
    }[] = await em.query(
      `SELECT s.id, s.first_name, s.last_name, s.skills, s.contracted_hours_per_week, s.working_time_opt_out, s.contract_type, s.band,
              s.team_id, t.name AS team_name, wp.weekdays
         FROM staff_member s LEFT JOIN team t ON t.id = s.team_id LEFT JOIN working_pattern wp ON wp.staff_member_id = s.id
        WHERE s.organisation_id = $1 AND s.department_id = $2 ORDER BY s.last_name, s.first_name, s.id`,
      [organisationId, departmentId],
    );
    return rows.map((r) => ({
      id: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      skills: r.skills,
      contractedHoursPerWeek: Number(r.contracted_hours_per_week),
      workingTimeOptOut: r.working_time_opt_out,
      contractType: r.contract_type,
      band: r.band,
      teamId: r.team_id,
      teamName: r.team_name,
      workingPattern: r.weekdays ? { weekdays: r.weekdays as IsoWeekday[] } : null,
    }));
  }

  async locations(em: EntityManager, organisationId: string, departmentId: string): Promise<Location[]> {
    const rows: { id: string; name: string; kind: LocationKind }[] = await em.query(
      'SELECT id, name, kind FROM location WHERE organisation_id = $1 AND department_id = $2 ORDER BY name',
      [organisationId, departmentId],
    );
    return rows;
  }

  async shiftTypes(em: EntityManager, organisationId: string, departmentId: string): Promise<ShiftType[]> {
    const rows: { id: string; code: string; name: string; start_time: string; end_time: string; ends_next_day: boolean; unpaid_break_minutes: number; paid_break_minutes: number; location_id: string; required_skill: Skill | null }[] =
      await em.query(
        `SELECT id, code, name, start_time, end_time, ends_next_day, unpaid_break_minutes, paid_break_minutes, location_id, required_skill
           FROM shift_type WHERE organisation_id = $1 AND department_id = $2 ORDER BY start_time, code`,
        [organisationId, departmentId],
      );
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      start: r.start_time,
      end: r.end_time,
      endsNextDay: r.ends_next_day,
      unpaidBreakMinutes: r.unpaid_break_minutes,
      paidBreakMinutes: r.paid_break_minutes,
      locationId: r.location_id,
      requiredSkill: r.required_skill,
    }));
  }

  async cover(em: EntityManager, organisationId: string, departmentId: string): Promise<CoverRequirement[]> {
    const rows: { id: string; location_id: string; shift_type_id: string; weekday: number | null; date: string | null; minimum: number; ideal: number; skill_mix: { skill: Skill; minimum: number }[] }[] = await em.query(
      'SELECT id, location_id, shift_type_id, weekday, date, minimum, ideal, skill_mix FROM cover_requirement WHERE organisation_id = $1 AND department_id = $2',
      [organisationId, departmentId],
    );
    return rows.map((r) => ({
      id: r.id,
      locationId: r.location_id,
      shiftTypeId: r.shift_type_id,
      appliesTo: r.date !== null ? { date: r.date } : { weekday: (r.weekday ?? 1) as IsoWeekday },
      minimum: r.minimum,
      ideal: r.ideal,
      skillMix: r.skill_mix,
    }));
  }

  /** Approved and requested absence of the department's staff overlapping the dates. */
  async absences(em: EntityManager, organisationId: string, departmentId: string, from: IsoDate, to: IsoDate): Promise<Absence[]> {
    const rows: { id: string; staff_member_id: string; kind: AbsenceKind; status: AbsenceStatus; start_date: string; end_date: string; start_time: string | null; end_time: string | null }[] = await em.query(
      `SELECT a.id, a.staff_member_id, a.kind, a.status, a.start_date, a.end_date, a.start_time, a.end_time
         FROM absence a JOIN staff_member s ON s.id = a.staff_member_id
        WHERE a.organisation_id = $1 AND s.department_id = $2 AND a.status IN ('approved', 'requested') AND a.end_date >= $3 AND a.start_date <= $4`,
      [organisationId, departmentId, from, to],
    );
    return rows.map((r) => ({
      id: r.id,
      staffId: r.staff_member_id,
      kind: r.kind,
      status: r.status,
      startDate: r.start_date,
      endDate: r.end_date,
      ...(r.start_time !== null && r.end_time !== null ? { startTime: r.start_time, endTime: r.end_time } : {}),
    }));
  }
}
