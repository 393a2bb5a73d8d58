import { type IsoDate } from '@recordroom/calendar';
import { type Skill } from '@recordroom/people';
import { type IsoWeekday } from './iso-weekday.js';
import { type LocationId } from './location.js';
import { type ShiftTypeId } from './shift-type.js';

export type CoverRequirementId = string;

/** At least `minimum` of the people on the shift must hold `skill`. */
export interface SkillMixRequirement {
  skill: Skill;
  minimum: number;
}

/**
 * Head count wanted on a shift type at a location, on a weekday or on one date. A date's own
 * requirement replaces the weekday's for that date (Christmas Eve, a clinic list moved).
 */
export interface CoverRequirement {
  id: CoverRequirementId;
  locationId: LocationId;
  shiftTypeId: ShiftTypeId;
  appliesTo: { weekday: IsoWeekday } | { date: IsoDate };
  minimum: number;
  ideal: number;
  skillMix?: readonly SkillMixRequirement[];
  /**
   * Multipliers of the cover rules' weights for this requirement (default 1): the benchmark gives
   * each (day, shift) its own under- and over-cover weights.
   */
  weights?: { belowMinimum?: number; belowIdeal?: number; aboveIdeal?: number };
}
