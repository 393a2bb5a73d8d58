import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, eachDate } from '@recordroom/calendar';
import {
  type AgencyPriceDto,
  type CallOutDto,
  type CreateCallOutDto,
  type OnCallDutyBody,
  type OnCallDutyDto,
  type RotaCostDto,
  type UpdateCallOutDto,
} from '@recordroom/contracts';
import { PayLookupError, payTableOn, priceCoverOption, timeBandSegments, type CoverOption, type PayPosition } from '@recordroom/pay';
import { AFC_BANDS } from '@recordroom/people';
import { type CostEstimator, type RotaContext } from '@recordroom/rota';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { notFound, staleVersion, unprocessable, type FieldError } from '../http/problem.js';
import { CoverCostEstimators } from '../rota/cover-cost-estimators.js';
import { ScopeService } from '../scope/scope.service.js';
import { type CallOutEntity } from './entities/call-out.entity.js';
import { EstablishmentRepository } from './establishment.repository.js';
import { PaySettingsService } from './pay-settings.service.js';
import { PeriodCost } from './period-cost.js';
import { toCallOutDto, toOnCostsDto, toPayTableUsedDto } from './pay.mapper.js';
import { shiftToCost } from './rota-shift-to-cost.js';
import { RotaPayRepository, type OnCallDuty, type PeriodToCost } from './rota-pay.repository.js';

/**
 * What a rota costs (the period's total, per person, by date), what cover would cost (each
 * candidate through rota's CostEstimator seam, and the agency rate card), and the on-call records
 * behind on-call pay: which shift types are on-call duties, and the call-outs worked in them.
 */
@Injectable()
export class RotaCostService extends CoverCostEstimators {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly rota: RotaPayRepository,
    private readonly staffRecords: EstablishmentRepository,
    private readonly settings: PaySettingsService,
    private readonly periods: PeriodCost,
    private readonly audit: AuditTrail,
  ) {
    super();
  }

  async periodCost(user: CurrentUser, periodId: string): Promise<RotaCostDto> {
    const period = await this.visiblePeriod(user, periodId);
    const context = await this.settings.contextFor(user.organisationId);
    const { rota, duties, staff, callOuts: callOutRows } = await this.periods.cost(user.organisationId, period, context);
    const dateOf = new Map(duties.map((d) => [d.assignmentId, d.date]));
    const payByDate = new Map<string, number>();
    for (const person of rota.people) {
      for (const shift of person.shifts) {
        const date = dateOf.get(shift.id);
        if (date !== undefined) payByDate.set(date, (payByDate.get(date) ?? 0) + shift.total);
      }
    }
    let cumulative = 0;
    const callOuts = callOutRows.map(toCallOutDto);
    const onCallDuties = duties
      .filter((d) => d.onCall)
      .map((d) => {
        const session = shiftToCost(d.assignmentId, d.date, d);
        const record = staff.get(d.staffId);
        return {
          assignmentId: d.assignmentId,
          staffId: d.staffId,
          staffName: record ? `${record.firstName} ${record.lastName}` : '',
          date: d.date,
          shiftTypeName: d.shiftTypeName,
          startAt: new Date(session.start * 60_000).toISOString(),
          endAt: new Date(session.end * 60_000).toISOString(),
          callOuts: callOuts.filter((c) => c.assignmentId === d.assignmentId),
        };
      })
      .sort((a, b) => a.startAt.localeCompare(b.startAt) || a.staffName.localeCompare(b.staffName));
    const tables = [...new Map([period.startDate, period.endDate].map((date) => {
      const table = payTableOn(context.rules, date);
      return [table.year, table] as const;
    })).values()];
    return {
      onCallDuties,
      periodId: period.id,
      startDate: period.startDate,
      endDate: period.endDate,
      payTables: tables.map(toPayTableUsedDto),
      basicPence: rota.basic,
      enhancementsPence: rota.enhancements,
      overtimePence: rota.overtime,
      onCallPence: rota.onCall,
      payPence: rota.pay,
      onCosts: toOnCostsDto(rota.onCosts),
      totalPence: rota.total,
      people: rota.people
        .map((person) => {
          // costRota costs only the people it was given, read from these records.
          const record = staff.get(person.staffId);
          if (!record) throw new Error(`No staff record for ${person.staffId}`);
          const minutes = person.shifts.reduce((sum, s) => sum + s.minutes.plain + s.minutes.lower + s.minutes.higher + s.minutes.overtime + s.minutes.timeOffInLieu, 0);
          return {
            staffId: person.staffId,
            name: `${record.firstName} ${record.lastName}`,
            band: record.band,
            payPoint: record.payPoint,
            shifts: person.shifts.length,
            paidMinutes: minutes,
            overtimeMinutes: person.shifts.reduce((sum, s) => sum + s.minutes.overtime, 0),
            basicPence: person.basic,
            enhancementsPence: person.enhancements,
            overtimePence: person.overtime,
            onCallPence: person.onCall,
            payPence: person.pay,
            onCosts: toOnCostsDto(person.onCosts),
            totalPence: person.total,
          };
        })
        .sort((a, b) => b.totalPence - a.totalPence || a.name.localeCompare(b.name)),
      byDate: eachDate(period.startDate, period.endDate).map((date) => {
        const payPence = payByDate.get(date) ?? 0;
        cumulative += payPence;
        return { date, payPence, cumulativePayPence: cumulative };
      }),
    };
  }

  /** What each band of the agency rate card would charge for one shift of the period. */
  async agencyPrice(user: CurrentUser, periodId: string, shiftId: string): Promise<AgencyPriceDto> {
    const period = await this.visiblePeriod(user, periodId);
    const shift = await this.rota.findShiftOfPeriod(user.organisationId, period.id, shiftId);
    if (!shift) throw notFound('shift');
    const context = await this.settings.contextFor(user.organisationId);
    const toCost = shiftToCost(shiftId, shift.date, shift);
    const paidMinutes = timeBandSegments(toCost, context.calendar).reduce((sum, s) => sum + s.minutes, 0);
    const rates = AFC_BANDS.flatMap((band) => {
      const pencePerHour = context.agencyRates.get(band);
      if (pencePerHour === undefined) return [];
      return [{ band, pencePerHour, pence: priceCoverOption(toCost, { kind: 'agency', band }, context).pence }];
    });
    return { shiftId, paidMinutes, rates };
  }

  /**
   * The CostEstimator for cover candidates (rota's seam): a member of staff at the week's cost with
   * the shift minus without it (plain time, additional hours or overtime), bank staff at their band,
   * an agency worker by the rate card. Officers get none: pay is not theirs to see.
   */
  override async forRota(user: CurrentUser, departmentId: string, rotaContext: RotaContext): Promise<CostEstimator | null> {
    if (!this.scope.seesPay(user)) return null;
    const [context, staff, onCallTypes] = await Promise.all([
      this.settings.contextFor(user.organisationId),
      this.staffRecords.findDepartmentStaff(user.organisationId, departmentId),
      this.rota.findOnCallShiftTypeIds(user.organisationId, departmentId),
    ]);
    const records = new Map(staff.map((s) => [s.id, s]));
    return ({ staff: member, shift, source }) => {
      // An on-call duty is paid by the on-call agreement, not as hours worked.
      if (onCallTypes.has(shift.type.id)) return null;
      const record = records.get(member.id);
      if (!record) return null;
      const position: PayPosition = { band: record.band, payPoint: record.payPoint, contractedHoursPerWeek: record.contractedHoursPerWeek };
      const toCost = { id: shift.shift.id, start: shift.start, end: shift.end, unpaidBreakMinutes: shift.type.unpaidBreakMinutes };
      const monday = addDays(shift.date, 1 - shift.weekday);
      const sunday = addDays(monday, 6);
      const option: CoverOption =
        source === 'agency'
          ? { kind: 'agency', band: record.band }
          : source === 'bank' || record.contractType === 'bank'
            ? { kind: 'bank', position }
            : {
                kind: 'staff',
                position,
                otherShiftsThatWeek: (rotaContext.people.get(member.id)?.actual ?? [])
                  .filter((w) => w.shift.date >= monday && w.shift.date <= sunday && w.shift.shift.id !== shift.shift.id && !onCallTypes.has(w.shift.type.id))
                  .map((w) => ({ id: w.shift.shift.id, start: w.shift.start, end: w.shift.end, unpaidBreakMinutes: w.shift.type.unpaidBreakMinutes })),
              };
      try {
        const price = priceCoverOption(toCost, option, context);
        return { pence: price.pence, basis: price.basis };
      } catch (error) {
        // A date beyond the loaded tables, a band the agency card lacks: the option is left unpriced.
        if (error instanceof PayLookupError || error instanceof RangeError) return null;
        throw error;
      }
    };
  }

  async callOuts(user: CurrentUser, periodId: string): Promise<CallOutDto[]> {
    const period = await this.visiblePeriod(user, periodId);
    return (await this.rota.findCallOuts(user.organisationId, period.id)).map(toCallOutDto);
  }

  /** Logs time worked when called out, against an assignment to an on-call duty, within that duty's hours. */
  async createCallOut(user: CurrentUser, body: CreateCallOutDto): Promise<CallOutDto> {
    return this.dataSource.transaction(async (em) => {
      const duty = await this.rota.findDuty(em, user.organisationId, body.assignmentId);
      if (!duty) throw notFound('assignment');
      this.scope.assertMayChangePay(user, duty.departmentId, 'assignment');
      const startAt = new Date(body.start);
      const endAt = new Date(body.end);
      await this.checkCallOut(em, duty, startAt, endAt, null, 'assignmentId');
      const created = await this.rota.insertCallOut(em, { organisationId: user.organisationId, assignmentId: duty.assignmentId, startAt, endAt, note: body.note });
      await this.audit.record(em, user, { action: 'create', entityType: 'call-out', entityId: created.id, departmentId: duty.departmentId, before: null, after: callOutSnapshot(created) });
      return this.callOutDto(user, duty, created);
    });
  }

  async updateCallOut(user: CurrentUser, id: string, body: UpdateCallOutDto): Promise<CallOutDto> {
    return this.dataSource.transaction(async (em) => {
      const { current, duty } = await this.lockCallOut(user, em, id);
      if (current.version !== body.version) throw staleVersion('call-out', body.version, current.version);
      const startAt = body.start === undefined ? current.startAt : new Date(body.start);
      const endAt = body.end === undefined ? current.endAt : new Date(body.end);
      await this.checkCallOut(em, duty, startAt, endAt, id, 'id');
      const updated = await this.rota.updateCallOut(em, id, { startAt, endAt, ...(body.note === undefined ? {} : { note: body.note }) });
      await this.audit.record(em, user, { action: 'update', entityType: 'call-out', entityId: id, departmentId: duty.departmentId, before: callOutSnapshot(current), after: callOutSnapshot(updated) });
      return this.callOutDto(user, duty, updated);
    });
  }

  async deleteCallOut(user: CurrentUser, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const { current, duty } = await this.lockCallOut(user, em, id);
      if (current.version !== version) throw staleVersion('call-out', version, current.version);
      await this.rota.deleteCallOut(em, id);
      await this.audit.record(em, user, { action: 'delete', entityType: 'call-out', entityId: id, departmentId: duty.departmentId, before: callOutSnapshot(current), after: null });
    });
  }

  /** Makes a shift type an on-call duty, or a worked shift again (a change to the shift type: its version, its audit row). */
  async setOnCall(user: CurrentUser, shiftTypeId: string, body: OnCallDutyBody): Promise<OnCallDutyDto> {
    return this.dataSource.transaction(async (em) => {
      const current = await this.rota.lockShiftType(em, user.organisationId, shiftTypeId);
      if (!current) throw notFound('shift type');
      this.scope.assertMayChangePay(user, current.departmentId, 'shift type');
      if (current.version !== body.version) throw staleVersion('shift type', body.version, current.version);
      const updated = await this.rota.setOnCall(em, shiftTypeId, body.onCall);
      await this.audit.record(em, user, {
        action: 'update',
        entityType: 'shift-type',
        entityId: shiftTypeId,
        departmentId: current.departmentId,
        before: { onCall: current.onCall, version: current.version },
        after: { onCall: updated.onCall, version: updated.version },
      });
      return { shiftTypeId, code: updated.code, name: updated.name, onCall: updated.onCall, version: updated.version };
    });
  }

  /** A period of the caller's organisation they may see the cost of: a manager's own department's only (else 404). */
  private async visiblePeriod(user: CurrentUser, periodId: string): Promise<PeriodToCost> {
    const period = await this.rota.findPeriod(user.organisationId, periodId);
    if (!period) throw notFound('rota period');
    if (!this.scope.mayReadDepartmentPay(user, period.departmentId)) throw notFound('rota period');
    return period;
  }

  private async lockCallOut(user: CurrentUser, em: Parameters<RotaPayRepository['lockCallOut']>[0], id: string): Promise<{ current: CallOutEntity; duty: OnCallDuty }> {
    const current = await this.rota.lockCallOut(em, user.organisationId, id);
    if (!current) throw notFound('call-out');
    const duty = await this.rota.findDuty(em, user.organisationId, current.assignmentId);
    if (!duty) throw notFound('call-out');
    this.scope.assertMayChangePay(user, duty.departmentId, 'call-out');
    return { current, duty };
  }

  /** A call-out is worked during an on-call duty: inside its hours, and not overlapping another call-out of it. */
  private async checkCallOut(em: Parameters<RotaPayRepository['lockCallOut']>[0], duty: OnCallDuty, startAt: Date, endAt: Date, exceptId: string | null, dutyField: string): Promise<void> {
    const errors: FieldError[] = [];
    if (!duty.onCall) throw unprocessable([{ field: dutyField, message: `is an assignment to ${duty.shiftTypeName} (${duty.shiftTypeCode}), which is not an on-call duty` }]);
    const session = shiftToCost(duty.assignmentId, duty.date, duty);
    const minutes = (d: Date): number => d.getTime() / 60_000;
    if (!(endAt > startAt)) errors.push({ field: 'end', message: 'must be after the start' });
    if (minutes(startAt) < session.start || minutes(startAt) >= session.end) errors.push({ field: 'start', message: `must be within the on-call duty of ${duty.date} (${duty.startTime} to ${duty.endTime})` });
    if (minutes(endAt) > session.end) errors.push({ field: 'end', message: `must be within the on-call duty of ${duty.date} (${duty.startTime} to ${duty.endTime})` });
    if (errors.length === 0) {
      const others = await this.rota.findCallOutsOfDuty(em, duty.assignmentId, exceptId ?? undefined);
      if (others.some((o) => o.startAt < endAt && startAt < o.endAt)) errors.push({ field: 'start', message: 'overlaps another call-out logged for this duty' });
    }
    if (errors.length > 0) throw unprocessable(errors);
  }

  private async callOutDto(user: CurrentUser, duty: OnCallDuty, callOut: CallOutEntity): Promise<CallOutDto> {
    const person = await this.staffRecords.findStaffMember(user.organisationId, duty.staffId);
    return toCallOutDto({
      id: callOut.id,
      assignmentId: callOut.assignmentId,
      staffId: duty.staffId,
      staffName: person ? `${person.firstName} ${person.lastName}` : '',
      dutyDate: duty.date,
      startAt: callOut.startAt,
      endAt: callOut.endAt,
      note: callOut.note,
      version: callOut.version,
    });
  }
}

function callOutSnapshot(callOut: CallOutEntity): Record<string, unknown> {
  return { assignmentId: callOut.assignmentId, start: callOut.startAt.toISOString(), end: callOut.endAt.toISOString(), note: callOut.note, version: callOut.version };
}
