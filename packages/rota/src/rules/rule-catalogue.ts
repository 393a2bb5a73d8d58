import { type RotaRule } from '../check/rota-rule.js';
import { approvedAbsence } from './approved-absence.js';
import { averageWeeklyHours } from './average-weekly-hours.js';
import { contractedHours } from './contracted-hours.js';
import { fairShare } from './fair-share.js';
import { fixedDaysOff } from './fixed-days-off.js';
import { forbiddenSuccession } from './forbidden-succession.js';
import { idealCover } from './ideal-cover.js';
import { maximumConsecutiveDays } from './maximum-consecutive-days.js';
import { maximumShiftsPerDay } from './maximum-shifts-per-day.js';
import { maximumShiftsPerType } from './maximum-shifts-per-type.js';
import { maximumWeekends } from './maximum-weekends.js';
import { minimumConsecutiveDaysOff } from './minimum-consecutive-days-off.js';
import { minimumConsecutiveDays } from './minimum-consecutive-days.js';
import { minimumCover } from './minimum-cover.js';
import { minimumRestBetweenShifts } from './minimum-rest-between-shifts.js';
import { noOverlap } from './no-overlap.js';
import { overCover } from './over-cover.js';
import { requestedAbsence } from './requested-absence.js';
import { requiredSkill } from './required-skill.js';
import { restBreak } from './rest-break.js';
import { RULE_IDS, type RuleId } from './rule-id.js';
import { skillMix } from './skill-mix.js';
import { staffPreferences } from './staff-preferences.js';
import { totalMinutes } from './total-minutes.js';
import { weeklyRest } from './weekly-rest.js';
import { workingPattern } from './working-pattern.js';

const BY_ID: { [Id in RuleId]: RotaRule & { id: Id } } = {
  'required-skill': requiredSkill,
  'no-overlap': noOverlap,
  'maximum-shifts-per-day': maximumShiftsPerDay,
  'minimum-rest-between-shifts': minimumRestBetweenShifts,
  'weekly-rest': weeklyRest,
  'average-weekly-hours': averageWeeklyHours,
  'rest-break': restBreak,
  'approved-absence': approvedAbsence,
  'requested-absence': requestedAbsence,
  'fixed-days-off': fixedDaysOff,
  'working-pattern': workingPattern,
  'contracted-hours': contractedHours,
  'maximum-consecutive-days': maximumConsecutiveDays,
  'minimum-consecutive-days': minimumConsecutiveDays,
  'minimum-consecutive-days-off': minimumConsecutiveDaysOff,
  'maximum-weekends': maximumWeekends,
  'maximum-shifts-per-type': maximumShiftsPerType,
  'total-minutes': totalMinutes,
  'forbidden-succession': forbiddenSuccession,
  'staff-preferences': staffPreferences,
  'fair-share': fairShare,
  'minimum-cover': minimumCover,
  'ideal-cover': idealCover,
  'skill-mix': skillMix,
  'over-cover': overCover,
};

/**
 * Every rule, in the order of RULE_IDS (hard-edged working-time rules first, cover last).
 *
 * @example ROTA_RULES.map((rule) => `${rule.id}: ${rule.title} (${rule.unit})`)
 */
export const ROTA_RULES: readonly RotaRule[] = RULE_IDS.map((id) => BY_ID[id]);

/** @example ruleById('weekly-rest').description */
export function ruleById(id: RuleId): RotaRule {
  return BY_ID[id];
}
