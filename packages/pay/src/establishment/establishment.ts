import { type AfcBand, bandRank } from '@recordroom/people';
import { type Pence } from '../money/pence.js';
import { type EmployerTaxes } from '../on-costs/employer-taxes.js';
import { type NationPayRules } from '../tables/nation-pay-rules.js';
import { type FinancialYear } from './financial-year.js';
import { fullYearPostCost, type Post } from './post-cost.js';

/** Funded posts and their budget for one band in one cost centre, for a financial year. */
export interface EstablishmentLine {
  costCentre: string;
  band: AfcBand;
  fundedWte: number;
  /** The year's pay budget for the line (basic and on-costs), in pence. */
  budget: Pence;
}

/** A person in post, charged to a cost centre. */
export interface PostHolder extends Post {
  staffId: string;
  costCentre: string;
}

export interface EstablishmentRow {
  costCentre: string;
  band: AfcBand;
  fundedWte: number;
  inPostWte: number;
  /** fundedWte − inPostWte: negative when over establishment. */
  vacancyWte: number;
  budget: Pence;
  /** What the people in post cost over a full year, on-costs included. */
  inPostFullYearCost: Pence;
  /** budget − inPostFullYearCost: negative is an overspend at today's staffing. */
  headroom: Pence;
}

export interface EstablishmentSummary {
  rows: EstablishmentRow[];
  totals: Omit<EstablishmentRow, 'costCentre' | 'band'> & { vacancyPercent: number | null };
}

/** WTE sums are kept in hundredths so 0.01 never drifts. */
const hundredths = (wte: number): number => Math.round(wte * 100);

/**
 * Funded against in-post WTE and cost by cost centre and band. People in post on a band the
 * establishment does not fund still get a row (funded 0), so an unfunded post is visible.
 */
export function summariseEstablishment(year: FinancialYear, lines: readonly EstablishmentLine[], holders: readonly PostHolder[], rules: NationPayRules, taxes: EmployerTaxes, payAwardBasisPoints = 0): EstablishmentSummary {
  const key = (costCentre: string, band: AfcBand): string => `${costCentre}|${band}`;
  const rows = new Map<string, { costCentre: string; band: AfcBand; funded: number; inPost: number; budget: Pence; cost: Pence }>();
  const rowFor = (costCentre: string, band: AfcBand) => {
    let row = rows.get(key(costCentre, band));
    if (!row) rows.set(key(costCentre, band), (row = { costCentre, band, funded: 0, inPost: 0, budget: 0, cost: 0 }));
    return row;
  };
  for (const line of lines) {
    const row = rowFor(line.costCentre, line.band);
    row.funded += hundredths(line.fundedWte);
    row.budget += line.budget;
  }
  for (const holder of holders) {
    const row = rowFor(holder.costCentre, holder.band);
    row.inPost += hundredths(holder.wte);
    row.cost += fullYearPostCost(holder, year, rules, taxes, payAwardBasisPoints).total;
  }
  const result: EstablishmentRow[] = [...rows.values()]
    .sort((a, b) => a.costCentre.localeCompare(b.costCentre) || bandRank(a.band) - bandRank(b.band))
    .map((row) => ({
      costCentre: row.costCentre,
      band: row.band,
      fundedWte: row.funded / 100,
      inPostWte: row.inPost / 100,
      vacancyWte: (row.funded - row.inPost) / 100,
      budget: row.budget,
      inPostFullYearCost: row.cost,
      headroom: row.budget - row.cost,
    }));
  const sum = (pick: (row: EstablishmentRow) => number, scale = 1): number => result.reduce((total, row) => total + Math.round(pick(row) * scale), 0);
  const funded = sum((r) => r.fundedWte, 100);
  const inPost = sum((r) => r.inPostWte, 100);
  return {
    rows: result,
    totals: {
      fundedWte: funded / 100,
      inPostWte: inPost / 100,
      vacancyWte: (funded - inPost) / 100,
      // Vacancy rate: vacant funded WTE over funded WTE; over-establishment rows do not offset vacancies elsewhere.
      vacancyPercent: funded === 0 ? null : Math.round((sum((r) => Math.max(0, r.vacancyWte), 100) / funded) * 1000) / 10,
      budget: sum((r) => r.budget),
      inPostFullYearCost: sum((r) => r.inPostFullYearCost),
      headroom: sum((r) => r.headroom),
    },
  };
}
