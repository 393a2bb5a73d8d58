import { type Pence, share } from '../money/pence.js';
import { type FinancialYear, monthsOf } from './financial-year.js';

/** What was spent in a month (entered, or imported from the ledger), in pence. */
export interface MonthlySpend {
  /** 'yyyy-mm' */
  month: string;
  substantive: Pence;
  bank: Pence;
  agency: Pence;
}

export interface ForecastMonth {
  month: string;
  budget: Pence;
  /** The spend recorded for the month, or null for a month still to come. */
  actual: MonthlySpend | null;
  /** The forecast for a month still to come, or null once it has actuals. */
  forecast: MonthlySpend | null;
  cumulativeBudget: Pence;
  cumulativeSpend: Pence;
}

export interface Outturn {
  months: ForecastMonth[];
  budget: Pence;
  /** Actuals to date plus the forecast for the rest of the year. */
  outturn: Pence;
  /** budget − outturn: negative is a forecast overspend. */
  variance: Pence;
  actualToDate: Pence;
}

export interface OutturnInput {
  year: FinancialYear;
  budget: Pence;
  actuals: readonly MonthlySpend[];
  /** The monthly cost of the people in post (full-year cost ÷ 12), for the substantive forecast. */
  substantiveRunRate: Pence;
  /** Extra substantive cost by month from changes that start part-way (a new post from October). */
  substantiveChanges?: ReadonlyMap<string, Pence>;
  /** Bank and agency are forecast at the average of the last few months recorded (default 3). */
  lookbackMonths?: number;
}

const total = (spend: MonthlySpend): Pence => spend.substantive + spend.bank + spend.agency;

/**
 * Budget vs actual vs forecast outturn to March. The budget is phased in equal twelfths (the
 * odd pence in the first months, so the twelve add up to the budget). Months with actuals keep
 * them; the others are forecast: the in-post run rate plus any change starting that month,
 * and bank and agency at their recent average.
 */
export function forecastOutturn(input: OutturnInput): Outturn {
  const months = monthsOf(input.year);
  const byMonth = new Map(input.actuals.map((spend) => [spend.month, spend]));
  for (const spend of input.actuals) {
    if (!months.includes(spend.month)) throw new RangeError(`${spend.month} is not in the financial year ${input.year}`);
  }
  const recorded = months.filter((month) => byMonth.has(month));
  const lookback = recorded.slice(-(input.lookbackMonths ?? 3)).flatMap((month) => byMonth.get(month) ?? []);
  const average = (pick: (spend: MonthlySpend) => Pence): Pence => (lookback.length === 0 ? 0 : share(lookback.reduce((sum, spend) => sum + pick(spend), 0), 1, lookback.length));
  const bank = average((spend) => spend.bank);
  const agency = average((spend) => spend.agency);
  const base = Math.floor(input.budget / 12);
  const odd = input.budget - base * 12;

  let cumulativeBudget = 0;
  let cumulativeSpend = 0;
  const result = months.map((month, index): ForecastMonth => {
    const budget = base + (index < odd ? 1 : 0);
    const actual = byMonth.get(month) ?? null;
    // A month without actuals is forecast, whether it is to come or its figures are missing.
    const forecast = actual === null ? { month, substantive: input.substantiveRunRate + (input.substantiveChanges?.get(month) ?? 0), bank, agency } : null;
    cumulativeBudget += budget;
    cumulativeSpend += actual ? total(actual) : forecast ? total(forecast) : 0;
    return { month, budget, actual, forecast, cumulativeBudget, cumulativeSpend };
  });
  const actualToDate = input.actuals.reduce((sum, spend) => sum + total(spend), 0);
  return { months: result, budget: input.budget, outturn: cumulativeSpend, variance: input.budget - cumulativeSpend, actualToDate };
}
