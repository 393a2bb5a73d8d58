import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { type Skill } from '@recordroom/people';
import { type Absence } from '../model/absence.js';
import { type RotaStaffMember } from '../model/rota-staff-member.js';
import { aRota, aStaffMember, SHIFT_TYPES, type Work } from '../test-support/factories.js';
import { epochMinutesAt } from '../time/zoned-instant.js';
import { checkRota } from './rota-checker.js';
import { type RotaInput } from './rota-input.js';

// Two weeks around the spring-forward night, with a week of history.
const PERIOD = { startDate: '2026-03-23', endDate: '2026-04-05' };
const HISTORY_FROM = '2026-03-16';
const DATES = Array.from({ length: 21 }, (_, i) => new Date(Date.parse('2026-03-16T00:00:00Z') + i * 86_400_000).toISOString().slice(0, 10));
const TYPES = Object.values(SHIFT_TYPES);
const SKILLS: Skill[] = ['filing', 'reception', 'a-and-e-desk', 'tracking'];

const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
const addDays = (date: string, n: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A deliberately naive reading of the default hard rules, sharing no code with the checker. */
function hardBreaches(input: RotaInput): Set<string> {
  const breaches = new Set<string>();
  const type = (id: string) => TYPES.find((t) => t.id === id)!;
  const worked = input.assignments.map((a) => {
    const shift = input.shifts.find((s) => s.id === a.shiftId)!;
    const t = type(shift.shiftTypeId);
    const start = epochMinutesAt(shift.date, minutes(t.start), 'Europe/London');
    const end = epochMinutesAt(t.endsNextDay ? addDays(shift.date, 1) : shift.date, minutes(t.end), 'Europe/London');
    return { a, date: shift.date, t, start, end, inPeriod: shift.date >= PERIOD.startDate && shift.date <= PERIOD.endDate };
  });
  const approved = (input.absences ?? []).filter((x) => x.status === 'approved');
  const away = (staffId: string, w: (typeof worked)[number]) =>
    approved.some((x) =>
      x.staffId === staffId &&
      (x.startTime
        ? epochMinutesAt(x.startDate, minutes(x.startTime), 'Europe/London') < w.end && w.start < epochMinutesAt(x.startDate, minutes(x.endTime!), 'Europe/London')
        : x.startDate <= w.date && w.date <= x.endDate),
    );
  for (const person of input.staff) {
    const mine = worked.filter((w) => w.a.staffId === person.id);
    for (const w of mine) {
      if (!w.inPeriod) continue;
      if (w.t.requiredSkill && !person.skills.includes(w.t.requiredSkill)) breaches.add(`required-skill|${person.id}`);
      if (away(person.id, w)) breaches.add(`approved-absence|${person.id}`);
      if (person.daysOff?.includes(w.date)) breaches.add(`fixed-days-off|${person.id}`);
    }
    for (const x of mine) for (const y of mine) if (x !== y && (x.inPeriod || y.inPeriod) && x.start < y.end && y.start < x.end) breaches.add(`no-overlap|${person.id}`);
    for (const [typeId, limit] of Object.entries(person.limits?.maximumShiftsPerType ?? {})) {
      if (mine.filter((w) => w.inPeriod && w.t.id === typeId && !away(person.id, w)).length > limit) breaches.add(`maximum-shifts-per-type|${person.id}`);
    }
    if (!person.workingTimeOptOut) {
      // 48 h over 17 weeks for each window ending in the period; days before the history at contracted hours; leave days out.
      for (let end = PERIOD.startDate; end <= PERIOD.endDate; end = addDays(end, 1)) {
        let total = 0;
        let counted = 0;
        for (let i = 0; i < 119; i += 1) {
          const day = addDays(end, -i);
          if (day < HISTORY_FROM) {
            total += (person.contractedHoursPerWeek * 60) / 7;
            counted += 1;
            continue;
          }
          if (approved.some((x) => x.staffId === person.id && !x.startTime && ['annual-leave', 'sickness'].includes(x.kind) && x.startDate <= day && day <= x.endDate)) continue;
          counted += 1;
          for (const w of mine) if (w.date === day && !away(person.id, w)) total += w.end - w.start - w.t.unpaidBreakMinutes;
        }
        if ((total * 7) / counted > 48 * 60) breaches.add(`average-weekly-hours|${person.id}`);
      }
    }
  }
  return breaches;
}

const staffArb = fc.array(
  fc.record({
    skills: fc.subarray(SKILLS, { minLength: 1 }),
    optOut: fc.boolean(),
    hours: fc.constantFrom(22.5, 37.5, 48),
    dayOff: fc.option(fc.constantFrom(...DATES.slice(7)), { nil: undefined }),
    neverLate: fc.boolean(),
    // A late every day on top of 48 contracted hours assumed before the history: over the average.
    busy: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  }),
  { minLength: 1, maxLength: 4 },
);

const rotaArb = staffArb.chain((people) => {
  const staff: RotaStaffMember[] = people.map((p, i) =>
    aStaffMember({
      id: `p${i}`,
      firstName: `P${i}`,
      skills: p.skills,
      workingTimeOptOut: p.optOut,
      contractedHoursPerWeek: p.hours,
      ...(p.dayOff ? { daysOff: [p.dayOff] } : {}),
      ...(p.neverLate ? { limits: { maximumShiftsPerType: { late: 0 } } } : {}),
    }),
  );
  const ids = staff.map((s) => s.id);
  const work = fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...TYPES.map((t) => t.id)), fc.constantFrom(...DATES)), { maxLength: 40 });
  const absence = fc.record({
    staffId: fc.constantFrom(...ids),
    kind: fc.constantFrom<Absence['kind'][]>('annual-leave', 'sickness', 'training'),
    status: fc.constantFrom<Absence['status'][]>('requested', 'approved', 'approved', 'declined'),
    start: fc.integer({ min: 0, max: 19 }),
    length: fc.integer({ min: 1, max: 3 }),
    timed: fc.boolean(),
  });
  const busy: Work[] = people.flatMap((p, i) => (p.busy ? DATES.map((date) => [`p${i}`, 'late', date] as const) : []));
  return fc.tuple(fc.constant(staff), work, fc.array(absence, { maxLength: 4 })).map(([s, w, a]) =>
    aRota({
      period: PERIOD,
      historyFrom: HISTORY_FROM,
      staff: s,
      work: [...new Map([...busy, ...w].map((x) => [`${x[0]}:${x[1]}@${x[2]}`, x])).values()] as Work[],
      absences: a.map((x, i) => {
        const startDate = DATES[x.start] as string;
        return x.timed
          ? { id: `x${i}`, staffId: x.staffId, kind: x.kind, status: x.status, startDate, endDate: startDate, startTime: '09:00', endTime: '12:00' }
          : { id: `x${i}`, staffId: x.staffId, kind: x.kind, status: x.status, startDate, endDate: DATES[Math.min(20, x.start + x.length - 1)] as string };
      }),
    }),
  );
});

describe('a rota reported valid', () => {
  it('never breaks a hard rule, and every hard breach found is reported', () => {
    fc.assert(
      fc.property(rotaArb, (input) => {
        const report = checkRota(input);
        const reported = new Set(report.violations.filter((v) => v.severity === 'hard').map((v) => `${v.ruleId}|${v.staffId}`));
        expect(reported).toEqual(hardBreaches(input));
        expect(report.valid).toBe(reported.size === 0);
      }),
      { numRuns: 150 },
    );
  });
});
