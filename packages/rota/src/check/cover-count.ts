import { type Skill } from '@recordroom/people';
import { formatDate } from '../time/format-instant.js';
import { countsTowardsCover, type CoverSlot, type RotaContext, type WorkedShift } from './rota-context.js';
import { shiftLabel } from './shift-facts.js';

/** Who on a cover slot counts, and how many hold each skill of its skill mix. */
export interface CoverCount {
  /** Assignments that count: skilled for the shift and not away on approved absence. */
  valid: WorkedShift[];
  /** Assigned but away on approved absence, or without the shift's required skill. */
  notCounted: WorkedShift[];
  bySkill: Map<Skill, number>;
}

export function coverCount(slot: CoverSlot, context: RotaContext): CoverCount {
  const valid: WorkedShift[] = [];
  const notCounted: WorkedShift[] = [];
  for (const w of slot.assigned) {
    if (countsTowardsCover(context.people.get(w.assignment.staffId), w.shift)) valid.push(w);
    else notCounted.push(w);
  }
  const bySkill = new Map<Skill, number>();
  for (const need of slot.requirement.skillMix ?? []) {
    bySkill.set(need.skill, valid.filter((w) => context.people.get(w.assignment.staffId)?.member.skills.includes(need.skill)).length);
  }
  return { valid, notCounted, bySkill };
}

/** 'The library early shift on Mon 2 Mar 07:00-15:00 at Records library': starts a sentence. */
export function describeSlot(slot: CoverSlot, context: RotaContext): string {
  const type = slot.shiftType;
  const shift = slot.shiftIds.length > 0 ? context.shifts.get(slot.shiftIds[0]!) : undefined;
  const label = shift ? shift.label : shiftLabel(type);
  const when = shift ? `${context.formatInstant(shift.start)}-${context.formatInstant(shift.end).slice(-5)}` : `${formatDate(slot.date)} ${type.start}-${type.end}`;
  return `The ${label} on ${when} at ${slot.location.name}`;
}
