import { addDays, type IsoDate } from '@recordroom/calendar';
import { type RotaInput } from '../check/rota-input.js';
import { type Assignment } from '../model/assignment.js';
import { type CoverRequirement } from '../model/cover-requirement.js';
import { type Location } from '../model/location.js';
import { type RotaStaffMember } from '../model/rota-staff-member.js';
import { type ShiftType } from '../model/shift-type.js';
import { type Shift } from '../model/shift.js';
import { type StaffPreference } from '../model/staff-preference.js';
import { onlyRules, type RotaSettings } from '../settings/rota-settings.js';
import { wallClockTimeOf } from '../time/wall-clock-time.js';
import { type CurtoisInstance } from './curtois-instance.js';
import { type CurtoisRoster } from './curtois-roster.js';

/** The XML versions of all 24 instances start on this Monday (FORMAT.md §1); day 0 of the text format. */
export const CURTOIS_START_DATE: IsoDate = '2014-01-06';

/**
 * The benchmark's rules as this package's rule set: its hard constraints as hard rules, its
 * penalty as the soft rules with weight 1 (each request's and cover line's own weight multiplies
 * it). No working-time, fairness or contract rules: the benchmark has none (FORMAT.md §5).
 *
 * @example createRotaChecker({ ...curtoisToRotaInput(instance), settings: curtoisSettings(instance) })
 */
export function curtoisSettings(instance: CurtoisInstance): RotaSettings {
  const pairs = instance.shifts.flatMap((s) => s.cannotFollow.map((next) => ({ first: s.id, next })));
  const hard = { severity: 'hard' as const };
  return onlyRules(
    [
      'maximum-shifts-per-day',
      'forbidden-succession',
      'maximum-shifts-per-type',
      'total-minutes',
      'maximum-consecutive-days',
      'minimum-consecutive-days',
      'minimum-consecutive-days-off',
      'maximum-weekends',
      'fixed-days-off',
      'staff-preferences',
      'minimum-cover',
      'over-cover',
    ],
    {
      timeZone: 'UTC',
      rules: {
        'maximum-shifts-per-day': { ...hard, maximum: 1 }, // hard constraint 1
        'forbidden-succession': { ...hard, pairs }, // 2
        'maximum-shifts-per-type': hard, // 3
        'total-minutes': hard, // 4
        'maximum-consecutive-days': hard, // 5
        'minimum-consecutive-days': hard, // 6
        'minimum-consecutive-days-off': hard, // 7
        'maximum-weekends': hard, // 8
        'fixed-days-off': hard, // 9
        'staff-preferences': { severity: 'soft', weight: 1 },
        'minimum-cover': { severity: 'soft', weight: 1 },
        'over-cover': { severity: 'soft', weight: 1 },
      },
    },
  );
}

/**
 * Maps an instance (and optionally a roster) onto this package's model, so the same checker,
 * incremental edits and solver work on it:
 * - each shift type starts at 00:00 in UTC and lasts its LengthMinutes, with no break (the text
 *   format gives no start times, and no rule of the benchmark needs them);
 * - each employee is a staff member whose personal limits are the instance's, with its days off;
 * - each cover line is a date requirement with minimum = ideal = Requirement and its weights;
 * - on/off requests are staff preferences with their weights.
 *
 * @example checkRota(curtoisToRotaInput(instance, roster)).softPenalty // 607 for Instance1's optimum
 */
export function curtoisToRotaInput(instance: CurtoisInstance, roster?: CurtoisRoster, startDate: IsoDate = CURTOIS_START_DATE): RotaInput {
  const dateOf = (day: number): IsoDate => addDays(startDate, day);
  const location: Location = { id: 'curtois', name: 'Benchmark ward', kind: 'ward' };
  const shiftTypes: ShiftType[] = instance.shifts.map((s) => {
    if (s.lengthMinutes <= 0 || s.lengthMinutes >= 1440) throw new RangeError(`Shift ${s.id} lasts ${s.lengthMinutes} minutes: only 1 to 1439 can be mapped`);
    return { id: s.id, code: s.id, name: s.id, start: '00:00', end: wallClockTimeOf(s.lengthMinutes), endsNextDay: false, unpaidBreakMinutes: 0, locationId: location.id, requiredSkill: null };
  });
  const shifts: Shift[] = [];
  for (let day = 0; day < instance.horizonDays; day += 1) {
    for (const type of shiftTypes) shifts.push({ id: `${type.id}@${day}`, shiftTypeId: type.id, date: dateOf(day) });
  }
  const staff: RotaStaffMember[] = instance.employees.map((e) => ({
    id: e.id,
    firstName: 'Employee',
    lastName: e.id,
    skills: [],
    contractedHoursPerWeek: 0,
    workingTimeOptOut: true,
    daysOff: (instance.daysOff.get(e.id) ?? []).map(dateOf),
    limits: {
      maximumShiftsPerType: e.maxShifts,
      minimumTotalMinutes: e.minTotalMinutes,
      maximumTotalMinutes: e.maxTotalMinutes,
      minimumConsecutiveDays: e.minConsecutiveShifts,
      maximumConsecutiveDays: e.maxConsecutiveShifts,
      minimumConsecutiveDaysOff: e.minConsecutiveDaysOff,
      maximumWeekends: e.maxWeekends,
    },
  }));
  const coverRequirements: CoverRequirement[] = instance.cover.map((c) => ({
    id: `cover-${c.day}-${c.shiftId}`,
    locationId: location.id,
    shiftTypeId: c.shiftId,
    appliesTo: { date: dateOf(c.day) },
    minimum: c.requirement,
    ideal: c.requirement,
    weights: { belowMinimum: c.weightUnder, aboveIdeal: c.weightOver },
  }));
  const preferences: StaffPreference[] = [
    ...instance.onRequests.map((r) => ({ staffId: r.employeeId, date: dateOf(r.day), shiftTypeId: r.shiftId, kind: 'on' as const, weight: r.weight })),
    ...instance.offRequests.map((r) => ({ staffId: r.employeeId, date: dateOf(r.day), shiftTypeId: r.shiftId, kind: 'off' as const, weight: r.weight })),
  ];
  const assignments: Assignment[] = [];
  for (const [employeeId, days] of roster ?? []) {
    days.forEach((shiftId, day) => {
      if (shiftId !== null) assignments.push({ id: `${employeeId}:${day}`, shiftId: `${shiftId}@${day}`, staffId: employeeId, source: 'auto' });
    });
  }
  return {
    period: { startDate, endDate: dateOf(instance.horizonDays - 1) },
    locations: [location],
    shiftTypes,
    shifts,
    assignments,
    staff,
    coverRequirements,
    preferences,
    publicHolidays: [],
    settings: curtoisSettings(instance),
  };
}
