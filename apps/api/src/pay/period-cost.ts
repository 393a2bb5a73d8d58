import { Injectable } from '@nestjs/common';
import { daysBetween } from '@recordroom/calendar';
import { costRota, onCallPay, type OnCallPay, type PayPosition, type RotaCost, type ShiftToCost } from '@recordroom/pay';
import { EstablishmentRepository, type StaffPayRow } from './establishment.repository.js';
import { type PayContext } from './pay-settings.js';
import { epochMinutesOf, shiftToCost } from './rota-shift-to-cost.js';
import { RotaPayRepository, type CallOutRow, type DutyRow, type PeriodToCost } from './rota-pay.repository.js';

/** A rota period costed: costRota's answer and what it was costed from. */
export interface CostedPeriod {
  rota: RotaCost;
  duties: DutyRow[];
  callOuts: CallOutRow[];
  staff: Map<string, StaffPayRow>;
  onCall: Map<string, OnCallPay & { sessions: number; callOutCount: number }>;
  /** The period's length in whole weeks: its NI threshold period and the on-call availability period. */
  weeks: number;
}

/**
 * Costs a rota period with @recordroom/pay: each assignment to a worked shift type is a shift
 * (costRota: base, enhancements, weekly overtime per person, on-costs against the period's
 * threshold); each assignment to an on-call duty is an on-call session, paid by the agreement
 * (onCallPay) with the call-outs logged against it, as part of the person's pay.
 *
 * Two choices the rules leave to the trust, documented in docs/pay.md: the period's NI threshold
 * is its length in weeks (rounded to whole weeks, at least one), and a person's on-call frequency
 * "1 in N" is the period's days over their on-call sessions in it (rounded down: more often pays more).
 */
@Injectable()
export class PeriodCost {
  constructor(
    private readonly rota: RotaPayRepository,
    private readonly staffRecords: EstablishmentRepository,
  ) {}

  async cost(organisationId: string, period: PeriodToCost, context: PayContext, onlyStaffId?: string): Promise<CostedPeriod> {
    const [duties, callOuts] = await Promise.all([this.rota.findPeriodDuties(organisationId, period.id, onlyStaffId), this.rota.findCallOuts(organisationId, period.id, onlyStaffId)]);
    const staffRows = await this.staffRecords.findStaffMembers(organisationId, [...new Set(duties.map((d) => d.staffId))]);
    const staff = new Map(staffRows.map((s) => [s.id, s]));
    const people = new Map<string, PayPosition>(staffRows.map((s) => [s.id, { band: s.band, payPoint: s.payPoint, contractedHoursPerWeek: s.contractedHoursPerWeek }]));
    const days = daysBetween(period.startDate, period.endDate) + 1;
    const weeks = Math.max(1, Math.round(days / 7));

    const sessions = new Map<string, ShiftToCost[]>();
    for (const duty of duties) if (duty.onCall) push(sessions, duty.staffId, shiftToCost(duty.assignmentId, duty.date, duty));
    const worked = new Map<string, ShiftToCost[]>();
    for (const callOut of callOuts) push(worked, callOut.staffId, { id: callOut.id, start: epochMinutesOf(callOut.startAt), end: epochMinutesOf(callOut.endAt), unpaidBreakMinutes: 0 });

    const onCall = new Map<string, OnCallPay & { sessions: number; callOutCount: number }>();
    for (const [staffId, own] of sessions) {
      const position = people.get(staffId);
      if (!position) continue;
      const calls = worked.get(staffId) ?? [];
      const pay = onCallPay(position, { sessions: own, callOuts: calls, frequencyOneIn: Math.max(1, Math.floor(days / own.length)), weeks }, context.onCallAgreement, context);
      onCall.set(staffId, { ...pay, sessions: own.length, callOutCount: calls.length });
    }

    const rota = costRota(
      {
        people,
        shifts: duties.filter((d) => !d.onCall).map((d) => ({ ...shiftToCost(d.assignmentId, d.date, d), staffId: d.staffId })),
        onCostDate: period.startDate,
        period: { kind: 'weeks', count: weeks },
        onCall: new Map([...onCall].map(([staffId, pay]) => [staffId, pay.total])),
      },
      context,
    );
    return { rota, duties, callOuts, staff, onCall, weeks };
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
