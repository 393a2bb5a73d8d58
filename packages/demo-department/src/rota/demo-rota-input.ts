import { addDays, addMonthsClamped, type IsoDate } from '@recordroom/calendar';
import { buildFairnessLedger, type RotaInput, type RotaStaffMember } from '@recordroom/rota';
import { type StaffMember } from '@recordroom/people';
import { type DemoLocation } from '../department.js';
import { type DemoRota } from './demo-rota-model.js';

/** 17 weeks of history feed the 48-hour average (../shared/domain/working-time.md §1). */
const HISTORY_DAYS = 17 * 7;

/**
 * One period of a demo rota as the domain checker's input: the department's staff with their
 * working patterns, the period and 17 weeks of worked history, approved and requested absence,
 * and the fairness ledger of the 12 months before it. Tests and benchmarks check demo rotas with it,
 * and the generator its swap requests (an organisation, or one department's staff and locations).
 */
export function demoRotaInput(organisation: { readonly staff: readonly StaffMember[]; readonly locations: readonly DemoLocation[] }, rota: DemoRota, periodId: string): RotaInput {
  const period = rota.periods.find((p) => p.id === periodId);
  if (!period) throw new RangeError(`No rota period ${periodId}`);
  const departmentId = period.departmentId;
  const patterns = new Map(rota.workingPatterns.map((p) => [p.staffId, p.weekdays]));
  const staff = organisation.staff
    .filter((s) => s.departmentId === departmentId)
    .map((s): RotaStaffMember => ({ ...s, workingPattern: patterns.has(s.id) ? { weekdays: patterns.get(s.id) ?? [] } : null }));
  const locations = organisation.locations.filter((l) => l.departmentId === departmentId).map(({ id, name, kind }) => ({ id, name, kind }));
  const shiftTypes = rota.shiftTypes.filter((t) => t.departmentId === departmentId);
  const counted = new Set(rota.periods.filter((p) => p.departmentId === departmentId && (p.id === periodId || p.status !== 'draft')).map((p) => p.id));
  const within = (from: IsoDate, to: IsoDate) => rota.shifts.filter((s) => counted.has(s.periodId) && s.date >= from && s.date <= to);
  const historyFrom = addDays(period.startDate, -HISTORY_DAYS);
  const shifts = within(historyFrom, period.endDate);
  const shiftIds = new Set(shifts.map((s) => s.id));
  const absences = rota.absences.filter((a) => a.departmentId === departmentId && a.status !== 'declined');
  const ledgerShifts = within(addMonthsClamped(period.startDate, -12), addDays(period.startDate, -1));
  const ledgerIds = new Set(ledgerShifts.map((s) => s.id));
  const fairnessBaseline = buildFairnessLedger({
    referenceDate: period.startDate,
    locations,
    shiftTypes,
    shifts: ledgerShifts,
    assignments: rota.assignments.filter((a) => ledgerIds.has(a.shiftId)),
    staff,
    absences,
  });
  return {
    period: { startDate: period.startDate, endDate: period.endDate },
    historyFrom,
    locations,
    shiftTypes,
    shifts,
    assignments: rota.assignments.filter((a) => shiftIds.has(a.shiftId)),
    staff,
    absences,
    coverRequirements: rota.coverRequirements.filter((c) => c.departmentId === departmentId),
    fairnessBaseline,
  };
}
