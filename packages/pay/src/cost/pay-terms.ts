import { type IsoDate } from '@recordroom/calendar';
import { type AfcBand } from '@recordroom/people';
import { inForceOn } from '../tables/dated.js';
import { type NationPayRules } from '../tables/nation-pay-rules.js';
import { annualSalary, payTableOn } from '../tables/pay-table-lookup.js';
import { PayLookupError } from '../tables/pay-rules-error.js';
import { type PayTerms } from './shift-pay.js';

/**
 * The terms in force for a band and point on a date, remembered per table and rate entry: a year
 * of a trust's rota asks this millions of times for a few dozen distinct answers.
 */
export function payTermsResolver(rules: NationPayRules): (band: AfcBand, point: number, date: IsoDate) => PayTerms {
  const known = new Map<string, PayTerms>();
  // The distinct terms are few, but a year of shifts asks on every date: remember the answer per date, band and point.
  const byDate = new Map<IsoDate, Map<AfcBand, PayTerms[]>>();
  return (band, point, date) => {
    let ofDate = byDate.get(date);
    if (!ofDate) byDate.set(date, (ofDate = new Map<AfcBand, PayTerms[]>()));
    let ofBand = ofDate.get(band);
    if (!ofBand) ofDate.set(band, (ofBand = []));
    const remembered = ofBand[point];
    if (remembered) return remembered;
    const table = payTableOn(rules, date);
    const unsocialRates = inForceOn(rules.unsocialHours, date);
    const overtimeRules = inForceOn(rules.overtime, date);
    const key = `${band}|${point}|${table.effectiveFrom}|${unsocialRates?.effectiveFrom ?? '-'}|${overtimeRules?.effectiveFrom ?? '-'}`;
    let terms = known.get(key);
    if (!terms) {
      if (!unsocialRates) throw new PayLookupError('date', `No ${rules.title} unsocial-hours rates are loaded for ${date}.`);
      const unsocial = unsocialRates.percentByBand.get(band);
      if (!unsocial) throw new PayLookupError('band', `No unsocial-hours rate is loaded for Band ${band} on ${date}.`);
      if (!overtimeRules) throw new PayLookupError('date', `No ${rules.title} overtime rules are loaded for ${date}.`);
      terms = {
        band,
        annualSalary: annualSalary(table, band, point),
        unsocial,
        overtime: overtimeRules.eligibleBands.has(band) ? { percent: overtimeRules.percentOfBasic, percentOnPublicHoliday: overtimeRules.percentOfBasicOnPublicHoliday } : null,
      };
      known.set(key, terms);
    }
    ofBand[point] = terms;
    return terms;
  };
}
