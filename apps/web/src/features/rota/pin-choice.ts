import type { AssignmentDto, PlannerDto } from '@recordroom/contracts';
import { dayAndMonth } from './rota-labels';

/** One current assignment as the pins chooser lists it. */
interface PinnableAssignment {
  id: string;
  date: string;
  /** "Mon 7 Dec, LATE (Late shift)". */
  label: string;
  /** Made by a person (by hand, a swap, bank or agency), not by an earlier auto-roster. */
  handMade: boolean;
}

/** A person with shifts on the rota, and those shifts by date. */
export interface PinnablePerson {
  staffId: string;
  name: string;
  assignments: PinnableAssignment[];
}

/** Which current assignments a whole-period solve keeps, to start from. */
export type PinPreset = 'none' | 'hand-made' | 'all';

const handMade = (a: AssignmentDto): boolean => a.source !== 'auto';

/** The people of the planner who have shifts on the rota, by name, each with their shifts by date. */
export function pinnablePeople(planner: PlannerDto): PinnablePerson[] {
  const shifts = new Map(planner.shifts.map((s) => [s.id, s]));
  const types = new Map(planner.shiftTypes.map((t) => [t.id, t]));
  const byPerson = new Map<string, PinnableAssignment[]>();
  for (const a of planner.assignments) {
    const shift = shifts.get(a.shiftId);
    if (!shift) continue;
    const type = types.get(shift.shiftTypeId);
    const label = `${dayAndMonth(shift.date)}, ${type ? `${type.code} (${type.name})` : 'a shift'}`;
    const list = byPerson.get(a.staffId) ?? [];
    list.push({ id: a.id, date: shift.date, label, handMade: handMade(a) });
    byPerson.set(a.staffId, list);
  }
  return planner.staff
    .filter((s) => byPerson.has(s.id))
    .map((s) => ({ staffId: s.id, name: s.name, assignments: [...(byPerson.get(s.id) ?? [])].sort((x, y) => x.date.localeCompare(y.date) || x.label.localeCompare(y.label)) }))
    .sort((x, y) => x.name.localeCompare(y.name, 'en-GB'));
}

/** The assignment ids a preset keeps. */
export function presetPins(planner: PlannerDto, preset: PinPreset): string[] {
  if (preset === 'none') return [];
  return planner.assignments.filter((a) => preset === 'all' || handMade(a)).map((a) => a.id);
}

/** Keeps or releases every shift of one person, leaving the others' as they are. */
export function pinPerson(pinned: ReadonlySet<string>, person: PinnablePerson, keep: boolean): Set<string> {
  const next = new Set(pinned);
  for (const a of person.assignments) {
    if (keep) next.add(a.id);
    else next.delete(a.id);
  }
  return next;
}

/** "Keeping 12 of 420 assignments, of 3 people" for the chooser's summary line. */
export function pinSummary(people: readonly PinnablePerson[], pinned: ReadonlySet<string>): string {
  const total = people.reduce((n, p) => n + p.assignments.length, 0);
  const kept = people.reduce((n, p) => n + p.assignments.filter((a) => pinned.has(a.id)).length, 0);
  const keptPeople = people.filter((p) => p.assignments.some((a) => pinned.has(a.id))).length;
  if (kept === 0) return `Keeping none of the ${total} assignments: the whole rota may change.`;
  if (kept === total) return `Keeping all ${total} assignments: only the gaps can be filled.`;
  return `Keeping ${kept} of ${total} assignments, of ${keptPeople} ${keptPeople === 1 ? 'person' : 'people'}; the other ${total - kept} may be moved or taken off.`;
}
