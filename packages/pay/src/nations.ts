import { isBankHoliday } from '@recordroom/calendar';
import englandData from './tables/data/england.json' with { type: 'json' };
import taxesData from './tables/data/uk-employer-taxes.json' with { type: 'json' };
import { type TimeBandCalendar } from './enhancements/time-bands.js';
import { loadEmployerTaxes, type EmployerTaxes } from './on-costs/employer-taxes.js';
import { loadNationPayRules, type NationPayRules } from './tables/nation-pay-rules.js';
import { inForceOn } from './tables/dated.js';
import { zonedTime } from './time/london-time.js';

/** England's AfC rules, from data/england.json (checked when this module loads). */
export const ENGLAND: NationPayRules = loadNationPayRules(englandData);

/** UK employer NI and Apprenticeship Levy, from data/uk-employer-taxes.json. */
export const UK_EMPLOYER_TAXES: EmployerTaxes = loadEmployerTaxes(taxesData);

/**
 * The wall clock and public holidays that unsocial hours are read against in England: London
 * time and the bank holidays of England and Wales; the weekday window from the rules in force.
 */
export function englandTimeBands(rules: NationPayRules = ENGLAND, on = '2026-04-01'): TimeBandCalendar {
  const rates = inForceOn(rules.unsocialHours, on) ?? rules.unsocialHours.at(-1);
  if (!rates) throw new Error(`${rules.title} has no unsocial-hours rates`);
  return { time: zonedTime('Europe/London'), isPublicHoliday: isBankHoliday, weekdayWindow: rates.weekdayWindow };
}
