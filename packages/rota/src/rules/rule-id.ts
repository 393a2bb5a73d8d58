/**
 * Every rule the checker knows, by id. A rule's id names it in settings, in violations, in its
 * file (rules/<id>.ts) and in its test block (rules/<id>.spec.ts).
 *
 * @example RULE_IDS.filter((id) => DEFAULT_ROTA_SETTINGS.rules[id].severity === 'hard')
 */
export const RULE_IDS = [
  'required-skill',
  'no-overlap',
  'maximum-shifts-per-day',
  'minimum-rest-between-shifts',
  'weekly-rest',
  'average-weekly-hours',
  'rest-break',
  'approved-absence',
  'requested-absence',
  'fixed-days-off',
  'working-pattern',
  'contracted-hours',
  'maximum-consecutive-days',
  'minimum-consecutive-days',
  'minimum-consecutive-days-off',
  'maximum-weekends',
  'maximum-shifts-per-type',
  'total-minutes',
  'forbidden-succession',
  'staff-preferences',
  'fair-share',
  'minimum-cover',
  'ideal-cover',
  'skill-mix',
  'over-cover',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** @example isRuleId('no-overlap') // true */
export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
}
