import { type AssignmentWriteDto, type CallOutDto, type EstablishmentLineDto, type PlannerDto, type RotaPeriodDto, type ShiftDto, type ShiftTypeDto } from '@recordroom/contracts';
import { epochMinutesAt } from '@recordroom/rota';
import { randomUUID } from 'node:crypto';
import { TIME_ZONE } from '../../src/time/clock.js';
import { type RotaArranger } from './rota-arrange.js';
import { type Agent } from './test-app.js';

/** A period arranged for costing: its shifts by shift type and date, and the period's current version. */
export interface CostedPeriodArrangement {
  period: RotaPeriodDto;
  officeDay: ShiftTypeDto;
  onCall: ShiftTypeDto;
  /** Shift ids by `${shiftTypeId}|${date}`. */
  shifts: Map<string, string>;
}

/**
 * Arranges the rota rows pay is costed from, through the API as an admin: an office day shift type
 * (09:00-17:00, 30 minutes' unpaid break, cover every day so each date has one) and an on-call
 * duty (17:00 to 09:00 the next day, marked on call through the pay API), a period, extra
 * shifts and assignments.
 */
export class PayArranger {
  constructor(
    private readonly admin: Agent,
    private readonly departmentId: string,
    private readonly locationId: string,
  ) {}

  async shiftTypes(): Promise<{ officeDay: ShiftTypeDto; onCall: ShiftTypeDto }> {
    const officeDay = await this.created<ShiftTypeDto>('/api/rota/shift-types', {
      departmentId: this.departmentId,
      code: `O${randomUUID().slice(0, 6)}`,
      name: 'Office day',
      start: '09:00',
      end: '17:00',
      endsNextDay: false,
      unpaidBreakMinutes: 30,
      locationId: this.locationId,
      requiredSkill: null,
    });
    for (const weekday of [1, 2, 3, 4, 5, 6, 7]) {
      await this.created('/api/rota/cover-requirements', { departmentId: this.departmentId, locationId: this.locationId, shiftTypeId: officeDay.id, appliesTo: { weekday }, minimum: 1, ideal: 1 });
    }
    const type = await this.created<ShiftTypeDto>('/api/rota/shift-types', {
      departmentId: this.departmentId,
      code: `C${randomUUID().slice(0, 6)}`,
      name: 'Records on call',
      start: '17:00',
      end: '09:00',
      endsNextDay: true,
      unpaidBreakMinutes: 0,
      locationId: this.locationId,
      requiredSkill: null,
    });
    const onCall = await this.admin.patch(`/api/pay/shift-types/${type.id}/on-call`).send({ version: type.version, onCall: true });
    if (onCall.status !== 200) throw new Error(`Marking on call gave ${onCall.status}: ${onCall.text}`);
    return { officeDay, onCall: { ...type, version: (onCall.body as { version: number }).version } };
  }

  /** A draft period with its office days, and an on-call shift on each of `onCallDates`. */
  async period(name: string, startDate: string, endDate: string, types: { officeDay: ShiftTypeDto; onCall: ShiftTypeDto }, onCallDates: string[]): Promise<CostedPeriodArrangement> {
    let period = await this.created<RotaPeriodDto>('/api/rota/periods', { departmentId: this.departmentId, name, startDate, endDate });
    for (const date of onCallDates) {
      await this.created<ShiftDto>(`/api/rota/periods/${period.id}/shifts`, { shiftTypeId: types.onCall.id, date, periodVersion: period.version });
      period = (await this.planner(period.id)).period;
    }
    const planner = await this.planner(period.id);
    return { period: planner.period, ...types, shifts: new Map(planner.shifts.map((s) => [`${s.shiftTypeId}|${s.date}`, s.id])) };
  }

  /** Puts `staffId` on the shift of a type on a date; returns the assignment id. */
  async assign(arranged: CostedPeriodArrangement, shiftTypeId: string, date: string, staffId: string): Promise<string> {
    const shiftId = arranged.shifts.get(`${shiftTypeId}|${date}`);
    if (!shiftId) throw new Error(`No shift of ${shiftTypeId} on ${date}`);
    const written = await this.created<AssignmentWriteDto>(`/api/rota/periods/${arranged.period.id}/assignments`, { shiftId, staffId, periodVersion: arranged.period.version });
    arranged.period = { ...arranged.period, version: written.periodVersion };
    return written.assignment.id;
  }

  async publish(arranged: CostedPeriodArrangement): Promise<void> {
    const response = await this.admin.post(`/api/rota/periods/${arranged.period.id}/publish`).send({ version: arranged.period.version });
    if (response.status !== 200) throw new Error(`Publishing gave ${response.status}: ${response.text}`);
    arranged.period = response.body as RotaPeriodDto;
  }

  async planner(periodId: string): Promise<PlannerDto> {
    const response = await this.admin.get(`/api/rota/periods/${periodId}/planner`);
    if (response.status !== 200) throw new Error(`Planner gave ${response.status}: ${response.text}`);
    return response.body as PlannerDto;
  }

  async created<T>(path: string, body: object): Promise<T> {
    const response = await this.admin.post(path).send(body);
    if (response.status !== 201) throw new Error(`Arranging POST ${path} gave ${response.status}: ${response.text}`);
    return response.body as T;
  }
}

/** A new establishment line of a department for a year, in a cost centre of its own (so no two lines collide). */
export async function arrangeEstablishmentLine(admin: Agent, departmentId: string, financialYear: string): Promise<EstablishmentLineDto> {
  return createdBy<EstablishmentLineDto>(admin, '/api/pay/establishment-lines', { departmentId, financialYear, costCentre: `M${randomUUID().slice(0, 8).toUpperCase()}`, band: '3', fundedWte: 1, budgetPence: 3_000_000 });
}

/**
 * An on-call duty (17:00 to 09:00) that `staffId` works on the first day of a new draft period of
 * the arranger's department: its assignment, and when the duty starts (18:00 is an hour into it).
 */
export async function arrangeOnCallAssignment(admin: Agent, rota: RotaArranger, staffId: string): Promise<{ assignmentId: string; dutyStart: Date }> {
  const departmentId = rota.departmentId;
  const type = await rota.created<ShiftTypeDto>('/api/rota/shift-types', { departmentId, code: `C${randomUUID().slice(0, 6)}`, name: 'On call', start: '17:00', end: '09:00', endsNextDay: true, unpaidBreakMinutes: 0, locationId: rota.location('coding-office'), requiredSkill: null });
  const flagged = await admin.patch(`/api/pay/shift-types/${type.id}/on-call`).send({ version: type.version, onCall: true });
  if (flagged.status !== 200) throw new Error(`Marking a duty on call gave ${flagged.status}: ${flagged.text}`);
  const period = await rota.draftPeriod();
  const shift = await rota.created<ShiftDto>(`/api/rota/periods/${period.id}/shifts`, { shiftTypeId: type.id, date: period.startDate, periodVersion: period.version });
  const assigned = await rota.created<AssignmentWriteDto>(`/api/rota/periods/${period.id}/assignments`, { shiftId: shift.id, staffId, periodVersion: period.version + 1 });
  return { assignmentId: assigned.assignment.id, dutyStart: new Date(epochMinutesAt(period.startDate, 17 * 60, TIME_ZONE) * 60_000) };
}

/** A call-out of an hour (18:00 to 19:00 London time) during an on-call duty of `staffId` (arrangeOnCallAssignment). */
export async function arrangeCallOut(admin: Agent, rota: RotaArranger, staffId: string): Promise<CallOutDto> {
  const { assignmentId, dutyStart } = await arrangeOnCallAssignment(admin, rota, staffId);
  const start = dutyStart.getTime() + 3_600_000;
  return createdBy<CallOutDto>(admin, '/api/pay/call-outs', { assignmentId, start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString() });
}

async function createdBy<T>(admin: Agent, path: string, body: object): Promise<T> {
  const response = await admin.post(path).send(body);
  if (response.status !== 201) throw new Error(`Arranging POST ${path} gave ${response.status}: ${response.text}`);
  return response.body as T;
}
