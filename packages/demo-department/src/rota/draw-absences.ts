import { addDays, daysBetween, eachDate, isWeekend, type IsoDate } from '@recordroom/calendar';
import { type StaffMember } from '@recordroom/people';
import { type AbsenceKind, type AbsenceStatus } from '@recordroom/rota';
import { type Random } from '../prng.js';
import { randomUuid } from '../uuid.js';
import { type DemoAbsence } from './demo-rota-model.js';

const LEAVE_NOTES = ['Family holiday', 'Half-term with the children', 'Wedding', 'Moving house', 'Long weekend away'];
/** About a fortnight of annual leave in each six months drawn, in blocks of one to five working days. */
const LEAVE_BLOCKS_PER_YEAR = 5;
const SICKNESS_EPISODE_CHANCE_PER_YEAR = 0.6;

export interface AbsenceWindow {
  from: IsoDate;
  to: IsoDate;
  /** Absences starting on or after this date are still being decided (the draft period). */
  draftFrom: IsoDate;
  referenceDate: IsoDate;
  deciderName: string;
}

/** A working day at or after `date` (weekends skipped). */
function nextWeekday(date: IsoDate): IsoDate {
  let d = date;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

/**
 * Leave and sickness for every contracted member of staff: annual leave blocks (approved, or
 * requested when they fall in the draft period), short sickness episodes in the past, and never
 * two absences of one person on the same day (validateAbsence would refuse it).
 */
export function drawAbsences(staff: readonly StaffMember[], window: AbsenceWindow, random: Random): DemoAbsence[] {
  const absences: DemoAbsence[] = [];
  const span = daysBetween(window.from, window.to);
  const years = span / 365;
  const taken = new Map<string, Set<IsoDate>>();
  const add = (person: StaffMember, kind: AbsenceKind, startDate: IsoDate, length: number, note: string | null, forceRequested = false): boolean => {
    const endDate = addDays(startDate, length - 1);
    if (endDate > window.to || startDate < window.from) return false;
    const days = taken.get(person.id) ?? new Set<IsoDate>();
    const dates = eachDate(startDate, endDate);
    if (dates.some((d) => days.has(d))) return false;
    dates.forEach((d) => days.add(d));
    taken.set(person.id, days);
    const requested = forceRequested || (kind === 'annual-leave' && startDate >= window.draftFrom && random.chance(0.35));
    const status: AbsenceStatus = requested ? 'requested' : 'approved';
    const decidedOn = startDate < window.referenceDate ? addDays(startDate, -14) : addDays(window.referenceDate, -random.integer(1, 20));
    absences.push({
      id: randomUuid(random),
      organisationId: person.organisationId,
      departmentId: person.departmentId,
      staffId: person.id,
      kind,
      status,
      startDate,
      endDate,
      note,
      decidedBy: status === 'approved' ? window.deciderName : null,
      decidedAt: status === 'approved' ? `${kind === 'sickness' ? startDate : decidedOn}T09:30:00.000Z` : null,
    });
    return true;
  };

  const contracted = staff.filter((person) => person.contractType !== 'bank');
  for (const person of contracted) {
    const blocks = Math.round(LEAVE_BLOCKS_PER_YEAR * years);
    for (let i = 0; i < blocks; i += 1) {
      const start = nextWeekday(addDays(window.from, random.integer(0, span - 1)));
      add(person, 'annual-leave', start, random.integer(1, 5), random.chance(0.5) ? random.pick(LEAVE_NOTES) : null);
    }
    if (random.chance(Math.min(1, SICKNESS_EPISODE_CHANCE_PER_YEAR * years))) {
      const past = daysBetween(window.from, window.referenceDate);
      if (past > 7) add(person, 'sickness', addDays(window.from, random.integer(0, past - 7)), random.integer(1, 3), null);
    }
  }
  // However the draws fell, a few requests wait for a decision in the draft period.
  const waiting = absences.filter((a) => a.status === 'requested').length;
  for (const person of random.shuffle(contracted).slice(0, Math.max(0, 3 - waiting))) {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const start = nextWeekday(addDays(window.draftFrom, random.integer(0, 20)));
      if (add(person, 'annual-leave', start, random.integer(1, 3), random.pick(LEAVE_NOTES), true)) break;
    }
  }
  return absences;
}
