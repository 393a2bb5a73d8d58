import { type IsoDate } from '@recordroom/calendar';
import { type ShiftTypeId } from '../model/shift-type.js';
import { type RuleId } from '../rules/rule-id.js';
import { type WallClockTime } from '../time/wall-clock-time.js';

/** A hard rule makes a rota invalid (it cannot be published); a soft rule adds a penalty. */
export type Severity = 'hard' | 'soft';

/** Every rule's switch, severity and weight: penalty points per unit of the rule's penalty. */
export interface RuleSettings {
  enabled: boolean;
  severity: Severity;
  /**
   * Points per unit (minute, shift, person...). Defaults sit on one scale, about one point per
   * minute of harm, so a solver and the candidate ranking can add penalties of different rules.
   */
  weight: number;
}

/** The parameters of each rule, beside its switch, severity and weight. */
export interface RuleParameters {
  'required-skill': object;
  'no-overlap': object;
  'maximum-shifts-per-day': { maximum: number };
  'minimum-rest-between-shifts': { minimumMinutes: number };
  'weekly-rest': {
    /** 7: 24 h in each 7 days; 14: 48 h (or two 24 h periods) in each 14 days, the employer's choice. */
    referenceDays: 7 | 14;
    /** Weekly rest per 7 days; doubled for the 14-day reference. */
    minimumMinutes: number;
    /** Weekly rest must not include the daily rest period, so the whole break must also cover the daily rest. */
    excludesDailyRest: boolean;
    /** A Monday on which a 14-day reference period starts; periods follow every 14 days. */
    fortnightsFrom: IsoDate;
  };
  'average-weekly-hours': { limitMinutes: number; referenceWeeks: number };
  'rest-break': { afterWorkingMinutes: number; minimumBreakMinutes: number };
  'approved-absence': object;
  'requested-absence': object;
  'fixed-days-off': object;
  'working-pattern': object;
  'contracted-hours': { toleranceMinutes: number };
  'maximum-consecutive-days': { maximum: number | null };
  'minimum-consecutive-days': { minimum: number };
  'minimum-consecutive-days-off': { minimum: number };
  'maximum-weekends': { maximum: number | null };
  'maximum-shifts-per-type': object;
  'total-minutes': { minimum: number | null; maximum: number | null };
  'forbidden-succession': { pairs: readonly ForbiddenSuccession[] };
  'staff-preferences': object;
  'fair-share': { tolerance: number };
  'minimum-cover': object;
  'ideal-cover': object;
  'skill-mix': object;
  'over-cover': object;
}

/** Shift type `next` may not be worked the day after shift type `first`. */
export interface ForbiddenSuccession {
  first: ShiftTypeId;
  next: ShiftTypeId;
}

export type RuleSettingsOf<Id extends RuleId> = RuleSettings & RuleParameters[Id];

export interface RotaSettings {
  /** Time zone of every wall-clock time on the rota. */
  timeZone: string;
  /**
   * Shifts of one person separated by at most this many minutes form one duty (a split day:
   * library in the morning, reception after lunch). Rest is measured between duties, and a duty
   * over 6 hours needs its 20-minute break. Local policy [D], not a WTR figure.
   */
  splitShiftMaximumGapMinutes: number;
  fairness: {
    /**
     * A shift at an A&E records desk is an "A&E evening" when it works past this time: 20:00 is
     * where the AfC weekday unsocial-hours window starts (../shared/domain/pay-and-costs.md §5).
     */
    aAndEEveningFrom: WallClockTime;
    /** The fairness ledger looks back this many months (the issue: a rolling 12 months). */
    windowMonths: number;
  };
  rules: { [Id in RuleId]: RuleSettingsOf<Id> };
}

const soft = (weight: number): RuleSettings => ({ enabled: true, severity: 'soft', weight });
const hard: RuleSettings = { enabled: true, severity: 'hard', weight: 1 };

/**
 * Department defaults. Working-time figures cite ../shared/domain/working-time.md (WTR 1998 as in
 * force in 2025); its suggested behaviour [D] makes daily rest, weekly rest and breaks overridable
 * warnings, and the 48-hour average hard unless the person has opted out.
 *
 * @example DEFAULT_ROTA_SETTINGS.rules['minimum-rest-between-shifts'] // { enabled: true, severity: 'soft', weight: 1, minimumMinutes: 660 }
 */
export const DEFAULT_ROTA_SETTINGS: RotaSettings = {
  timeZone: 'Europe/London',
  splitShiftMaximumGapMinutes: 180,
  fairness: { aAndEEveningFrom: '20:00', windowMonths: 12 },
  rules: {
    'required-skill': hard,
    'no-overlap': hard,
    // One shift a day; a second is a split day, allowed with a warning (local policy [D]).
    'maximum-shifts-per-day': { ...soft(240), maximum: 1 },
    // WTR reg. 10: 11 consecutive hours' rest in each 24 hours (working-time.md §1) [V]; warning per [D].
    'minimum-rest-between-shifts': { ...soft(1), minimumMinutes: 11 * 60 },
    // WTR reg. 11: 24 h uninterrupted in each 7 days, or 48 h in each 14 days, not including the daily rest (working-time.md §1) [V]; warning per [D].
    'weekly-rest': { ...soft(1), referenceDays: 7, minimumMinutes: 24 * 60, excludesDailyRest: true, fortnightsFrom: '2024-01-01' },
    // WTR reg. 4: 48 h average over a 17-week reference period unless opted out in writing (working-time.md §1) [V]; hard per [D].
    'average-weekly-hours': { ...hard, limitMinutes: 48 * 60, referenceWeeks: 17 },
    // WTR reg. 12: a 20-minute uninterrupted break when the working day is more than 6 hours (working-time.md §1) [V]; warning per [D].
    'rest-break': { ...soft(1), afterWorkingMinutes: 6 * 60, minimumBreakMinutes: 20 },
    'approved-absence': hard,
    'requested-absence': soft(480),
    'fixed-days-off': hard,
    'working-pattern': soft(120),
    // AfC hours are averaged over the rota period before overtime is decided (working-time.md §2) [V for NHS 24].
    'contracted-hours': { ...soft(1), toleranceMinutes: 0 },
    // Six days on keeps a day off in every seven (local policy [D]).
    'maximum-consecutive-days': { ...soft(60), maximum: 6 },
    'minimum-consecutive-days': { ...soft(60), minimum: 1 },
    'minimum-consecutive-days-off': { ...soft(60), minimum: 1 },
    'maximum-weekends': { ...soft(240), maximum: null },
    'maximum-shifts-per-type': hard,
    'total-minutes': { ...soft(1), minimum: null, maximum: null },
    'forbidden-succession': { ...hard, pairs: [] },
    'staff-preferences': soft(60),
    'fair-share': { ...soft(120), tolerance: 1 },
    'minimum-cover': soft(1000),
    'ideal-cover': soft(100),
    'skill-mix': soft(500),
    'over-cover': soft(50),
  },
};

/** Settings to change: any field of any rule, the rest stay at their defaults. */
export interface RotaSettingsOverrides {
  timeZone?: string;
  splitShiftMaximumGapMinutes?: number;
  fairness?: Partial<RotaSettings['fairness']>;
  rules?: { [Id in RuleId]?: Partial<RuleSettingsOf<Id>> };
}

/**
 * Department defaults with `overrides` applied field by field.
 *
 * @example resolveRotaSettings({ rules: { 'minimum-rest-between-shifts': { severity: 'hard' } } })
 */
export function resolveRotaSettings(overrides: RotaSettingsOverrides = {}, base: RotaSettings = DEFAULT_ROTA_SETTINGS): RotaSettings {
  const rules = { ...base.rules } as Record<RuleId, RuleSettings>;
  for (const [id, change] of Object.entries(overrides.rules ?? {}) as [RuleId, Partial<RuleSettings> | undefined][]) {
    if (!(id in rules)) throw new RangeError(`Unknown rule in settings: ${id}`);
    rules[id] = { ...rules[id], ...change };
  }
  return {
    timeZone: overrides.timeZone ?? base.timeZone,
    splitShiftMaximumGapMinutes: overrides.splitShiftMaximumGapMinutes ?? base.splitShiftMaximumGapMinutes,
    fairness: { ...base.fairness, ...overrides.fairness },
    rules: rules as RotaSettings['rules'],
  };
}

/**
 * Settings with every rule switched off except `enabled`: for one rule's tests, or a benchmark's rule set.
 *
 * @example onlyRules(['required-skill', 'no-overlap'], { timeZone: 'UTC' })
 */
export function onlyRules(enabled: readonly RuleId[], overrides: RotaSettingsOverrides = {}): RotaSettings {
  const base = resolveRotaSettings(overrides);
  const rules = { ...base.rules } as Record<RuleId, RuleSettings>;
  for (const id of Object.keys(rules) as RuleId[]) rules[id] = { ...rules[id], enabled: enabled.includes(id) };
  return { ...base, rules: rules as RotaSettings['rules'] };
}
