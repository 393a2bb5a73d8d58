import { type IsoDate } from '@recordroom/calendar';
import { type Skill } from '@recordroom/people';
import { coverCount } from '../check/cover-count.js';
import { type RotaChecker } from '../check/rota-checker.js';
import { type RotaContext } from '../check/rota-context.js';
import { type RotaInput } from '../check/rota-input.js';
import { buildRotaState } from '../check/rota-state.js';
import { type AssignmentId } from '../model/assignment.js';
import { type CoverRequirementId } from '../model/cover-requirement.js';
import { type LocationId } from '../model/location.js';
import { type StaffId } from '../model/rota-staff-member.js';
import { type ShiftTypeId } from '../model/shift-type.js';
import { type ShiftId } from '../model/shift.js';

/** Someone on the shift who does not count towards its cover, and why. */
export interface UncountedAssignment {
  assignmentId: AssignmentId;
  staffId: StaffId;
  reason: 'approved-absence' | 'missing-skill';
}

export interface SkillShortfall {
  skill: Skill;
  required: number;
  counted: number;
  shortfall: number;
}

/**
 * Cover of one shift type at one location on one date, against its requirement: who counts
 * (holds the shift's skill and is not away on approved absence) and what is missing.
 */
export interface CoverGap {
  date: IsoDate;
  locationId: LocationId;
  shiftTypeId: ShiftTypeId;
  requirementId: CoverRequirementId;
  /** Dated shifts of this type on this date: assign people to one of these to fill the gap. */
  shiftIds: readonly ShiftId[];
  minimum: number;
  ideal: number;
  /** Everyone assigned. */
  assigned: number;
  /** Assigned and counting: the valid head count, net of approved absence. */
  counted: number;
  notCounted: readonly UncountedAssignment[];
  /** People short of the minimum: max(0, minimum - counted). */
  shortfall: number;
  /** People short of the ideal: max(0, ideal - counted). */
  shortfallToIdeal: number;
  skillShortfalls: readonly SkillShortfall[];
  /** People beyond the ideal. */
  overIdeal: number;
  status: 'below-minimum' | 'below-ideal' | 'skill-mix-short' | 'covered' | 'over-covered';
}

/**
 * Cover of every shift with a requirement in the period, in date then location then shift type
 * order; with `includeCovered: false`, only the shifts below their minimum, ideal or skill mix.
 *
 * @example findGaps(checker, { includeCovered: false }).filter((g) => g.status === 'below-minimum')
 */
export function findGaps(rota: RotaChecker | RotaInput, options: { includeCovered?: boolean } = {}): CoverGap[] {
  const context: RotaContext = 'context' in rota ? rota.context : buildRotaState(rota).context;
  const gaps: CoverGap[] = [];
  for (const slot of context.coverSlots.values()) {
    const count = coverCount(slot, context);
    const { requirement } = slot;
    const counted = count.valid.length;
    const skillShortfalls = (requirement.skillMix ?? []).map((need) => {
      const have = count.bySkill.get(need.skill) ?? 0;
      return { skill: need.skill, required: need.minimum, counted: have, shortfall: Math.max(0, need.minimum - have) };
    });
    const shortfall = Math.max(0, requirement.minimum - counted);
    const shortfallToIdeal = Math.max(0, requirement.ideal - counted);
    const overIdeal = Math.max(0, counted - requirement.ideal);
    const status: CoverGap['status'] =
      shortfall > 0 ? 'below-minimum' : shortfallToIdeal > 0 ? 'below-ideal' : skillShortfalls.some((s) => s.shortfall > 0) ? 'skill-mix-short' : overIdeal > 0 ? 'over-covered' : 'covered';
    if (options.includeCovered === false && (status === 'covered' || status === 'over-covered')) continue;
    gaps.push({
      date: slot.date,
      locationId: slot.location.id,
      shiftTypeId: slot.shiftType.id,
      requirementId: requirement.id,
      shiftIds: slot.shiftIds,
      minimum: requirement.minimum,
      ideal: requirement.ideal,
      assigned: slot.assigned.length,
      counted,
      notCounted: count.notCounted.map((w) => {
        const person = context.people.get(w.assignment.staffId);
        const skill = w.shift.type.requiredSkill;
        const missingSkill = !person || (skill !== null && !person.member.skills.includes(skill));
        return { assignmentId: w.assignment.id, staffId: w.assignment.staffId, reason: missingSkill ? 'missing-skill' : 'approved-absence' };
      }),
      shortfall,
      shortfallToIdeal,
      skillShortfalls,
      overIdeal,
      status,
    });
  }
  return gaps.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.locationId !== b.locationId ? (a.locationId < b.locationId ? -1 : 1) : a.shiftTypeId < b.shiftTypeId ? -1 : a.shiftTypeId > b.shiftTypeId ? 1 : 0));
}
