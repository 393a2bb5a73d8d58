import { FULL_TIME_HOURS_PER_WEEK, type AfcBand } from '@recordroom/people';
import { bandScale, financialYearDates, PayLookupError, payTableOn, type FinancialYear, type NationPayRules, type PayTable } from '@recordroom/pay';
import { unprocessable } from '../http/problem.js';

/**
 * The pay table a financial year's figures use (the one in force on 1 April): a year no loaded
 * table covers is a 422 naming the request's field, with the domain's reason.
 */
export function payTableForYear(rules: NationPayRules, year: FinancialYear, field: string): PayTable {
  try {
    return payTableOn(rules, financialYearDates(year).start);
  } catch (error) {
    if (error instanceof PayLookupError) throw unprocessable([{ field, message: error.message }]);
    throw error;
  }
}

/** A problem with a band or point against a table, or null: the band must be in it and the point on the band. */
export function bandPointProblem(table: PayTable, band: AfcBand, point: number | null): string | null {
  try {
    const { points } = bandScale(table, band);
    if (point !== null && point > points.length) return `Band ${band} has ${points.length === 1 ? 'one point' : `points 1 to ${points.length}`} in the ${table.year} table, not ${point}`;
    return null;
  } catch (error) {
    if (error instanceof PayLookupError) return error.message;
    throw error;
  }
}

/**
 * Whole-time equivalent for budgets: contracted hours ÷ 37.5 to two decimal places, rounded half
 * up (0.01 WTE = 22.5 minutes a week), the precision the establishment is held in.
 */
export function budgetWte(contractedHoursPerWeek: number): number {
  return Math.round((contractedHoursPerWeek * 100) / FULL_TIME_HOURS_PER_WEEK) / 100;
}

/** 'yyyy-mm' → 'yyyy-mm-01', as months are stored. */
export function firstDayOf(month: string): string {
  return `${month}-01`;
}

/** Pence as pounds for a spreadsheet, exactly: 123456 → '1234.56', −5 → '-0.05'. */
export function poundsText(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
