import { type IsoDate } from '@recordroom/calendar';
import { type Skill } from '@recordroom/people';
import { type RotaInput } from '../check/rota-input.js';
import { type Absence } from '../model/absence.js';
import { type Assignment } from '../model/assignment.js';
import { type CoverRequirement } from '../model/cover-requirement.js';
import { type IsoWeekday } from '../model/iso-weekday.js';
import { type Location } from '../model/location.js';
import { type RotaStaffMember } from '../model/rota-staff-member.js';
import { type ShiftType } from '../model/shift-type.js';
import { type Shift } from '../model/shift.js';
import { type StaffPreference } from '../model/staff-preference.js';
import { seededRandom } from '../solve/seeded-random.js';
import { aShiftType, daysFrom } from './factories.js';

export { seededRandom };

export interface SyntheticDepartmentOptions {
  staffCount: number;
  startDate: IsoDate;
  days: number;
  /** Weeks of worked history before the period (for the 17-week average). */
  historyWeeks: number;
  seed: number;
}

const LOCATIONS: readonly Location[] = [
  { id: 'library', name: 'Records library', kind: 'records-library' },
  { id: 'reception', name: 'Outpatient reception', kind: 'outpatient-reception' },
  { id: 'ae', name: 'A&E records desk', kind: 'a-and-e-records-desk' },
  { id: 'ward', name: 'Wards', kind: 'ward' },
  { id: 'coding', name: 'Coding office', kind: 'coding-office' },
  { id: 'scanning', name: 'Scanning bureau', kind: 'scanning-bureau' },
  { id: 'access', name: 'Access to records office', kind: 'access-to-records-office' },
];

const SHIFT_TYPES: readonly ShiftType[] = [
  aShiftType({ id: 'lib-early', code: 'LE', name: 'Library early', start: '07:00', end: '15:00', locationId: 'library', requiredSkill: 'filing' }),
  aShiftType({ id: 'lib-late', code: 'LL', name: 'Library late', start: '13:00', end: '21:00', locationId: 'library', requiredSkill: 'filing' }),
  aShiftType({ id: 'rec-am', code: 'RA', name: 'Reception morning', start: '07:30', end: '15:30', locationId: 'reception', requiredSkill: 'reception' }),
  aShiftType({ id: 'rec-pm', code: 'RP', name: 'Reception evening', start: '12:00', end: '20:00', locationId: 'reception', requiredSkill: 'reception' }),
  aShiftType({ id: 'ae-day', code: 'AD', name: 'A&E day', start: '08:00', end: '16:00', locationId: 'ae', requiredSkill: 'a-and-e-desk' }),
  aShiftType({ id: 'ae-evening', code: 'AE', name: 'A&E evening', start: '16:00', end: '00:30', endsNextDay: true, locationId: 'ae', requiredSkill: 'a-and-e-desk' }),
  aShiftType({ id: 'ae-night', code: 'AN', name: 'A&E night', start: '22:00', end: '07:00', endsNextDay: true, unpaidBreakMinutes: 60, locationId: 'ae', requiredSkill: 'a-and-e-desk' }),
  aShiftType({ id: 'ward-round', code: 'WR', name: 'Ward round', start: '09:00', end: '17:00', locationId: 'ward', requiredSkill: 'tracking' }),
  aShiftType({ id: 'coding-day', code: 'CD', name: 'Coding day', start: '09:00', end: '17:00', locationId: 'coding', requiredSkill: 'coding' }),
  aShiftType({ id: 'scan-day', code: 'SD', name: 'Scanning day', start: '08:30', end: '16:30', locationId: 'scanning', requiredSkill: 'scanning' }),
  aShiftType({ id: 'sar-day', code: 'SR', name: 'Access to records day', start: '09:00', end: '17:00', locationId: 'access', requiredSkill: 'sar' }),
];

/** Head count per 200 staff: [weekday minimum, weekday ideal, weekend minimum, weekend ideal]. */
const DEMAND: Readonly<Record<string, readonly [number, number, number, number]>> = {
  'lib-early': [18, 22, 6, 8],
  'lib-late': [14, 17, 5, 6],
  'rec-am': [16, 19, 0, 0],
  'rec-pm': [10, 12, 0, 0],
  'ae-day': [5, 6, 4, 5],
  'ae-evening': [5, 6, 5, 6],
  'ae-night': [2, 2, 2, 2],
  'ward-round': [14, 17, 3, 4],
  'coding-day': [12, 14, 0, 0],
  'scan-day': [10, 12, 0, 0],
  'sar-day': [6, 7, 0, 0],
};

const SKILL_FOR: Readonly<Record<string, Skill>> = Object.fromEntries(SHIFT_TYPES.map((t) => [t.id, t.requiredSkill as Skill]));
const FIRST = ['Ann', 'Bo', 'Cy', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jo', 'Kit', 'Lee', 'Mo', 'Ned', 'Ola', 'Pat', 'Raj', 'Sam', 'Tia', 'Uma'];
const LAST = ['Smith', 'Jones', 'Patel', 'Okafor', 'Brown', 'Khan', 'Evans', 'Wilson', 'Taylor', 'Ahmed'];
const ALL_SKILLS: readonly Skill[] = ['filing', 'tracking', 'reception', 'a-and-e-desk', 'scanning', 'coding', 'sar'];

/**
 * A seeded health records department: 7 locations, 11 shift types (an A&E evening and a night
 * crossing midnight), weekday and weekend cover, 72% full-time, part-timers on fixed days, a few
 * bank staff, leave and preferences, and a rota filled greedily so that it is realistic but not
 * perfect (some gaps, some soft breaches). Used by property tests and the benchmark.
 */
export function syntheticDepartment(options: Partial<SyntheticDepartmentOptions> = {}): RotaInput {
  const { staffCount, startDate, days, historyWeeks, seed } = { staffCount: 200, startDate: '2026-03-02', days: 28, historyWeeks: 0, seed: 1, ...options };
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const scale = staffCount / 200;

  const staff: RotaStaffMember[] = Array.from({ length: staffCount }, (_, i) => {
    const roll = random();
    const bank = roll > 0.95;
    const partTime = !bank && roll > 0.72;
    const skills = new Set<Skill>([pick(['filing', 'filing', 'reception', 'tracking'] as const)]);
    while (skills.size < 2 + Math.floor(random() * 3)) skills.add(pick(ALL_SKILLS));
    const firstDay = 1 + Math.floor(random() * 3);
    return {
      id: `s${String(i).padStart(3, '0')}`,
      firstName: FIRST[i % FIRST.length] as string,
      lastName: `${LAST[Math.floor(i / FIRST.length) % LAST.length] as string}-${i}`,
      skills: [...skills],
      contractedHoursPerWeek: bank ? 0 : partTime ? 22.5 : 37.5,
      workingTimeOptOut: random() < 0.05,
      contractType: bank ? 'bank' : 'permanent',
      homeLocationId: pick(LOCATIONS).id,
      workingPattern: partTime ? { weekdays: [firstDay, firstDay + 1, firstDay + 2] as IsoWeekday[] } : null,
    };
  });

  const historyFrom = daysFrom(startDate, 1 - historyWeeks * 7)[0] as IsoDate;
  const allDates = historyWeeks > 0 ? [...datesBack(startDate, historyWeeks * 7), ...daysFrom(startDate, days)] : daysFrom(startDate, days);
  const periodDates = new Set(daysFrom(startDate, days));

  const coverRequirements: CoverRequirement[] = SHIFT_TYPES.flatMap((type) =>
    ([1, 2, 3, 4, 5, 6, 7] as const).flatMap((weekday) => {
      const [wdMin, wdIdeal, weMin, weIdeal] = DEMAND[type.id] ?? [0, 0, 0, 0];
      const weekend = weekday >= 6;
      const minimum = Math.round((weekend ? weMin : wdMin) * scale);
      const ideal = Math.max(minimum, Math.round((weekend ? weIdeal : wdIdeal) * scale));
      if (ideal === 0) return [];
      return [{ id: `${type.id}-${weekday}`, locationId: type.locationId, shiftTypeId: type.id, appliesTo: { weekday }, minimum, ideal }];
    }),
  );

  const absences: Absence[] = [];
  for (const member of staff) {
    if (random() < 0.15) {
      const offset = Math.floor(random() * Math.max(1, days - 5));
      const [from, , , , to] = daysFrom(startDate, offset + 5).slice(offset);
      absences.push({ id: `leave-${member.id}`, staffId: member.id, kind: 'annual-leave', status: random() < 0.85 ? 'approved' : 'requested', startDate: from as IsoDate, endDate: to as IsoDate });
    }
  }
  const onLeave = new Set(absences.filter((a) => a.status === 'approved').flatMap((a) => daysFrom(a.startDate, 5).map((d) => `${a.staffId}|${d}`)));

  const preferences: StaffPreference[] = [];
  for (const member of staff) {
    if (random() < 0.3) preferences.push({ staffId: member.id, date: pick([...periodDates]), shiftTypeId: null, kind: 'off', weight: 1 + Math.floor(random() * 3) });
    if (random() < 0.2) preferences.push({ staffId: member.id, date: pick([...periodDates]), shiftTypeId: pick(SHIFT_TYPES).id, kind: 'on', weight: 1 });
  }

  // Greedy fill: each day, each shift type up to its ideal, choosing skilled people not yet
  // working that day, with rest since their last shift, furthest below their weekly hours.
  const shifts: Shift[] = [];
  const assignments: Assignment[] = [];
  const minutesThisWeek = new Map<string, number>();
  const lastEnd = new Map<string, number>();
  const order = [...staff];
  allDates.forEach((date, dayIndex) => {
    if (dayIndex % 7 === 0) minutesThisWeek.clear();
    const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const busy = new Set<string>();
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as RotaStaffMember, order[i] as RotaStaffMember];
    }
    for (const type of SHIFT_TYPES) {
      const requirement = coverRequirements.find((r) => r.shiftTypeId === type.id && 'weekday' in r.appliesTo && r.appliesTo.weekday === weekday);
      if (!requirement) continue;
      const shiftId = `${type.id}@${date}`;
      shifts.push({ id: shiftId, shiftTypeId: type.id, date });
      const target = requirement.minimum + Math.floor(random() * (requirement.ideal - requirement.minimum + 1)) - (random() < 0.1 ? 1 : 0);
      const start = dayIndex * 1440 + toMinutes(type.start);
      const end = dayIndex * 1440 + toMinutes(type.end) + (type.endsNextDay ? 1440 : 0);
      let filled = 0;
      for (const member of order) {
        if (filled >= target) break;
        const weekly = member.contractedHoursPerWeek > 0 ? member.contractedHoursPerWeek * 60 : 22.5 * 60;
        if (busy.has(member.id) || !member.skills.includes(SKILL_FOR[type.id] as Skill)) continue;
        if (member.workingPattern && !member.workingPattern.weekdays.includes(weekday as IsoWeekday)) continue;
        if ((minutesThisWeek.get(member.id) ?? 0) + 450 > weekly || onLeave.has(`${member.id}|${date}`)) continue;
        if (start - (lastEnd.get(member.id) ?? -Infinity) < 11 * 60 && random() < 0.97) continue;
        busy.add(member.id);
        filled += 1;
        minutesThisWeek.set(member.id, (minutesThisWeek.get(member.id) ?? 0) + 450);
        lastEnd.set(member.id, end);
        assignments.push({ id: `${member.id}:${shiftId}`, shiftId, staffId: member.id, source: periodDates.has(date) ? 'auto' : 'manual' });
      }
    }
  });

  return {
    period: { startDate, endDate: daysFrom(startDate, days).at(-1) as IsoDate },
    historyFrom,
    locations: LOCATIONS,
    shiftTypes: SHIFT_TYPES,
    shifts,
    assignments,
    staff,
    absences,
    coverRequirements,
    preferences,
  };
}

function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
}

function datesBack(startDate: IsoDate, count: number): IsoDate[] {
  const start = Date.parse(`${startDate}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start - (count - i) * 86_400_000).toISOString().slice(0, 10));
}
