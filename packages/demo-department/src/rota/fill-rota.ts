import { addDays, eachDate, isoWeekday, type IsoDate } from '@recordroom/calendar';
import { FULL_TIME_HOURS_PER_WEEK, type StaffMember } from '@recordroom/people';
import { minuteOfDay, wallClockMinutes, type IsoWeekday } from '@recordroom/rota';
import { type Random } from '../prng.js';
import { randomUuid } from '../uuid.js';
import { type DemoAbsence, type DemoAssignment, type DemoCoverRequirement, type DemoShift, type DemoShiftType } from './demo-rota-model.js';

/** 11 hours' daily rest between shifts (WTR reg. 10, ../shared/domain/working-time.md). */
const MINIMUM_REST_MINUTES = 11 * 60;
/** The soft limit of maximum-consecutive-days is 6; the demo planner stays inside it. */
const MAXIMUM_CONSECUTIVE_DAYS = 6;
/** Bank staff are offered at most this many shifts a week. */
const BANK_SHIFTS_PER_WEEK = 2;
/** A full-time week may run this far over contract when an A&E evening (8 h paid) is in it. */
const WEEKLY_TOLERANCE_MINUTES = 30;

interface PersonState {
  person: StaffMember;
  pattern: ReadonlySet<IsoWeekday> | null;
  lastEnd: number;
  lastWorkedDay: number;
  consecutive: number;
  weekMinutes: Map<number, number>;
  /** A&E evenings and weekends worked so far: the demo shares them out as a fair planner would. */
  unsocial: number;
  /** Day indexes of approved or requested absence. */
  away: Set<number>;
  /** Weekdays away, by week index. */
  awayWeekdays: Map<number, number>;
  /** Weekend minutes held back from the weekdays, by week index. */
  reserved: Map<number, number>;
}

export interface RotaFiller {
  /** Fills one period's dated shifts up to each requirement's ideal, in date order after the last. */
  fill(periodId: string, startDate: IsoDate, endDate: IsoDate): { shifts: DemoShift[]; assignments: DemoAssignment[] };
}

/**
 * A greedy planner for the demo: day by day, each cover slot in priority order (A&E first) takes
 * the eligible people with most contracted time left, sharing A&E evenings and weekends. It
 * keeps every hard rule by construction (skill, one shift a day so no overlap, no shift in
 * approved or requested leave, weekly hours within contract so within the 48-hour average) and
 * the main soft ones (11 h rest, at most six days in a row, part-timers on their fixed days).
 */
export function createRotaFiller(options: {
  timelineStart: IsoDate;
  staff: readonly StaffMember[];
  patterns: ReadonlyMap<string, readonly IsoWeekday[]>;
  shiftTypes: readonly DemoShiftType[];
  cover: readonly DemoCoverRequirement[];
  absences: readonly DemoAbsence[];
  random: Random;
}): RotaFiller {
  const { random, shiftTypes, cover } = options;
  const states = options.staff.map((person): PersonState => {
    const pattern = options.patterns.get(person.id);
    return { person, pattern: pattern ? new Set(pattern) : null, lastEnd: -Infinity, lastWorkedDay: -10, consecutive: 0, weekMinutes: new Map(), unsocial: 0, away: new Set(), awayWeekdays: new Map(), reserved: new Map() };
  });
  const stateById = new Map(states.map((s) => [s.person.id, s]));
  const timelineDates = new Map<IsoDate, number>();
  const dayIndex = (date: IsoDate): number => {
    let index = timelineDates.get(date);
    if (index === undefined) {
      index = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${options.timelineStart}T00:00:00Z`)) / 86_400_000);
      timelineDates.set(date, index);
    }
    return index;
  };
  for (const absence of options.absences) {
    const state = stateById.get(absence.staffId);
    if (absence.status === 'declined' || !state) continue;
    for (const date of eachDate(absence.startDate, absence.endDate)) {
      const day = dayIndex(date);
      state.away.add(day);
      if (isoWeekday(date) <= 5) state.awayWeekdays.set(Math.floor(day / 7), (state.awayWeekdays.get(Math.floor(day / 7)) ?? 0) + 1);
    }
  }
  const typeById = new Map(shiftTypes.map((t) => [t.id, t]));
  const paidMinutes = (id: string): number => {
    const type = typeById.get(id);
    return type ? wallClockMinutes(type) - type.unpaidBreakMinutes : 0;
  };
  const weeklyCap = (state: PersonState, week: number): number => {
    const { person } = state;
    if (person.contractType === 'bank') return BANK_SHIFTS_PER_WEEK * 480;
    const perDay = (FULL_TIME_HOURS_PER_WEEK * 60) / 5;
    return person.contractedHoursPerWeek * 60 + WEEKLY_TOLERANCE_MINUTES - (state.awayWeekdays.get(week) ?? 0) * perDay;
  };
  // The weekend crew is chosen each Monday and their weekend hours are held back from the
  // weekdays, or a date-by-date planner would spend every full-timer's week before Saturday.
  const weekendSlots = cover.filter((c) => 'weekday' in c.appliesTo && c.appliesTo.weekday >= 6);
  const weekendSkills = new Set(weekendSlots.map((c) => typeById.get(c.shiftTypeId)?.requiredSkill ?? null));
  const crewSize = Math.max(
    ...([6, 7] as const).map((weekday) => weekendSlots.filter((c) => 'weekday' in c.appliesTo && c.appliesTo.weekday === weekday).reduce((sum, c) => sum + c.ideal, 0)),
  );
  const chooseWeekendCrew = (monday: IsoDate, week: number): void => {
    const saturday = dayIndex(addDays(monday, 5));
    const sunday = saturday + 1;
    const pool = states.filter(
      (s) =>
        s.person.contractType !== 'bank' &&
        s.pattern === null &&
        s.person.skills.some((skill) => weekendSkills.has(skill) || weekendSkills.has(null)) &&
        !s.away.has(saturday) &&
        !s.away.has(sunday),
    );
    const keyed = pool.map((s) => ({ s, key: [s.unsocial, random.next()] as const }));
    keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]);
    for (const { s } of keyed.slice(0, crewSize)) s.reserved.set(week, 2 * 480);
  };

  return {
    fill(periodId, startDate, endDate) {
      const shifts: DemoShift[] = [];
      const assignments: DemoAssignment[] = [];
      for (const date of eachDate(startDate, endDate)) {
        const day = dayIndex(date);
        const week = Math.floor(day / 7);
        const weekday = isoWeekday(date) as IsoWeekday;
        if (weekday === 1) chooseWeekendCrew(date, week);
        const workingToday = new Set<string>();
        const slots = cover.filter((c) => 'weekday' in c.appliesTo && c.appliesTo.weekday === weekday);
        for (const slot of slots) {
          const type = typeById.get(slot.shiftTypeId);
          if (!type) continue;
          const shift: DemoShift = { id: randomUuid(random), organisationId: type.organisationId, periodId, shiftTypeId: type.id, date };
          shifts.push(shift);
          const start = day * 1440 + minuteOfDay(type.start);
          const end = start + wallClockMinutes(type);
          const paid = paidMinutes(type.id);
          const unsocial = type.endsNextDay || weekday >= 6;
          const eligible = states.filter((s) => {
            const p = s.person;
            if (workingToday.has(p.id) || s.away.has(day)) return false;
            if (type.requiredSkill !== null && !p.skills.includes(type.requiredSkill)) return false;
            if (s.pattern !== null && !s.pattern.has(weekday)) return false;
            if (start - s.lastEnd < MINIMUM_REST_MINUTES) return false;
            if (s.lastWorkedDay === day - 1 && s.consecutive >= MAXIMUM_CONSECUTIVE_DAYS) return false;
            const held = weekday <= 5 ? (s.reserved.get(week) ?? 0) : 0;
            return (s.weekMinutes.get(week) ?? 0) + paid + held <= weeklyCap(s, week);
          });
          const keyed = eligible.map((s) => {
            const cap = Math.max(1, weeklyCap(s, week));
            const left = (cap - (s.weekMinutes.get(week) ?? 0)) / cap;
            const crew = weekday >= 6 && s.reserved.has(week) ? 0 : 1;
            return { s, key: [s.person.contractType === 'bank' ? 1 : 0, crew, unsocial ? s.unsocial : 0, -left, random.next()] as const };
          });
          keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.key[3] - b.key[3] || a.key[4] - b.key[4]);
          for (const { s } of keyed.slice(0, slot.ideal)) {
            assignments.push({ id: randomUuid(random), organisationId: type.organisationId, periodId, shiftId: shift.id, staffId: s.person.id, source: s.person.contractType === 'bank' ? 'bank' : 'manual' });
            workingToday.add(s.person.id);
            s.consecutive = s.lastWorkedDay === day - 1 ? s.consecutive + 1 : 1;
            s.lastWorkedDay = day;
            s.lastEnd = end;
            s.weekMinutes.set(week, (s.weekMinutes.get(week) ?? 0) + paid);
            if (unsocial) s.unsocial += 1;
            if (weekday >= 6 && s.reserved.has(week)) s.reserved.set(week, Math.max(0, (s.reserved.get(week) ?? 0) - paid));
          }
        }
      }
      return { shifts, assignments };
    },
  };
}
