import { type Pence, share } from '../money/pence.js';
import { type EmployerTaxes } from '../on-costs/employer-taxes.js';
import { type NationPayRules } from '../tables/nation-pay-rules.js';
import { type EstablishmentLine, type PostHolder, summariseEstablishment, type EstablishmentSummary } from './establishment.js';
import { type FinancialYear, monthsOf } from './financial-year.js';
import { forecastOutturn, type MonthlySpend, type Outturn } from './forecast-outturn.js';
import { fullYearPostCost, type Post } from './post-cost.js';

/** A change a manager tries before asking for it. */
export interface WhatIfChanges {
  /** New posts, filled from a month ('yyyy-mm'; the start of the year when absent). */
  addPosts?: readonly (Post & { costCentre: string; fromMonth?: string })[];
  /** People whose posts go (leavers not replaced). */
  removeStaffIds?: readonly string[];
  /** People regraded: a change of band mix. */
  regrade?: readonly { staffId: string; band: Post['band']; payPoint: number }[];
  /** A pay award on this year's table, in basis points (3.3% = 330), from April. */
  payAwardBasisPoints?: number;
}

export interface Position {
  establishment: EstablishmentSummary;
  /** Cost of the posts over a full year with on-costs. */
  fullYearCost: Pence;
  outturn: Outturn;
}

export interface WhatIfResult {
  today: Position;
  scenario: Position;
  /** scenario − today */
  difference: { fullYearCost: Pence; outturn: Pence; variance: Pence };
}

export interface WhatIfInput {
  year: FinancialYear;
  lines: readonly EstablishmentLine[];
  holders: readonly PostHolder[];
  actuals: readonly MonthlySpend[];
  rules: NationPayRules;
  taxes: EmployerTaxes;
}

function position(input: WhatIfInput, holders: readonly PostHolder[], payAward: number, added: WhatIfChanges['addPosts'] = []): Position {
  const months = monthsOf(input.year);
  const establishment = summariseEstablishment(input.year, input.lines, holders, input.rules, input.taxes, payAward);
  const changes = new Map<string, Pence>();
  let addedFullYear = 0;
  for (const post of added) {
    const from = post.fromMonth ?? months[0] ?? '';
    if (!months.includes(from)) throw new RangeError(`fromMonth ${from} is not in the financial year ${input.year}`);
    const fullYear = fullYearPostCost(post, input.year, input.rules, input.taxes, payAward).total;
    const monthly = share(fullYear, 1, 12);
    addedFullYear += fullYear;
    for (const month of months) if (month >= from) changes.set(month, (changes.get(month) ?? 0) + monthly);
  }
  const budget = input.lines.reduce((sum, line) => sum + line.budget, 0);
  const runRate = share(establishment.totals.inPostFullYearCost, 1, 12);
  const outturn = forecastOutturn({ year: input.year, budget, actuals: input.actuals, substantiveRunRate: runRate, substantiveChanges: changes });
  return { establishment, fullYearCost: establishment.totals.inPostFullYearCost + addedFullYear, outturn };
}

/**
 * Today's position and the position with the changes, side by side (DESIGN.md journey 3): the
 * full-year cost of the posts with on-costs and the forecast outturn against budget. New posts
 * count in the forecast from their first month; months with actuals keep their actuals.
 */
export function whatIf(input: WhatIfInput, changes: WhatIfChanges): WhatIfResult {
  const known = new Set(input.holders.map((holder) => holder.staffId));
  for (const id of [...(changes.removeStaffIds ?? []), ...(changes.regrade ?? []).map((r) => r.staffId)]) {
    if (!known.has(id)) throw new RangeError(`${id} is not in post in this establishment`);
  }
  const removed = new Set(changes.removeStaffIds ?? []);
  const regraded = new Map((changes.regrade ?? []).map((r) => [r.staffId, r]));
  const holders = input.holders
    .filter((holder) => !removed.has(holder.staffId))
    .map((holder) => {
      const change = regraded.get(holder.staffId);
      return change ? { ...holder, band: change.band, payPoint: change.payPoint } : holder;
    });
  const today = position(input, input.holders, 0);
  const scenario = position(input, holders, changes.payAwardBasisPoints ?? 0, changes.addPosts);
  return {
    today,
    scenario,
    difference: {
      fullYearCost: scenario.fullYearCost - today.fullYearCost,
      outturn: scenario.outturn.outturn - today.outturn.outturn,
      variance: scenario.outturn.variance - today.outturn.variance,
    },
  };
}
