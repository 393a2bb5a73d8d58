import { isIsoDate, type IsoDate } from '@recordroom/calendar';
import { z } from 'zod';
import { type Dated, datedIssues, inForceOn } from '../tables/dated.js';
import { PayLookupError, PayRulesError } from '../tables/pay-rules-error.js';
import { type Pence } from '../money/pence.js';

/** Employer (secondary Class 1) National Insurance for a tax year or part of one (6 April to 5 April). */
export interface EmployerNationalInsurance extends Dated {
  rateBasisPoints: number;
  /** The secondary threshold per pay period, in pence: employer NI is due only on pay above it. */
  secondaryThreshold: { annual: Pence; monthly: Pence; weekly: Pence };
  source: string;
}

export interface ApprenticeshipLevy extends Dated {
  rateBasisPoints: number;
  source: string;
}

/** UK-wide employer taxes on pay (the same in every nation). */
export interface EmployerTaxes {
  employerNationalInsurance: readonly EmployerNationalInsurance[];
  apprenticeshipLevy: readonly ApprenticeshipLevy[];
}

const isoDate = z.string().refine(isIsoDate, 'must be a calendar date (yyyy-mm-dd)');
const basisPoints = z.number().int('must be whole basis points (1% = 100)').min(0).max(10_000);
const pounds = z.number().int('must be whole pounds').min(0);
const fileSchema = z.strictObject({
  title: z.string(),
  source: z.string(),
  employerNationalInsurance: z.array(
    z.strictObject({
      effectiveFrom: isoDate,
      effectiveTo: isoDate.nullable(),
      rateBasisPoints: basisPoints,
      secondaryThreshold: z.strictObject({ annual: pounds, monthly: pounds, weekly: pounds }),
      source: z.string().min(1),
      unverified: z.array(z.string()).default([]),
    }),
  ),
  apprenticeshipLevy: z.array(z.strictObject({ effectiveFrom: isoDate, effectiveTo: isoDate.nullable(), rateBasisPoints: basisPoints, source: z.string().min(1) })),
});

/** Reads and checks the employer-taxes file (data/uk-employer-taxes.json): dated entries, no overlaps or gaps. */
export function loadEmployerTaxes(data: unknown): EmployerTaxes {
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) throw new PayRulesError(parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })));
  const issues = [
    ...datedIssues('employerNationalInsurance', parsed.data.employerNationalInsurance, { contiguous: true }),
    ...datedIssues('apprenticeshipLevy', parsed.data.apprenticeshipLevy, { contiguous: true }),
  ];
  if (issues.length > 0) throw new PayRulesError(issues);
  const byDate = <T extends Dated>(a: T, b: T): number => a.effectiveFrom.localeCompare(b.effectiveFrom);
  return {
    employerNationalInsurance: parsed.data.employerNationalInsurance
      .map((entry) => ({
        effectiveFrom: entry.effectiveFrom,
        effectiveTo: entry.effectiveTo,
        rateBasisPoints: entry.rateBasisPoints,
        source: entry.source,
        secondaryThreshold: { annual: entry.secondaryThreshold.annual * 100, monthly: entry.secondaryThreshold.monthly * 100, weekly: entry.secondaryThreshold.weekly * 100 },
      }))
      .sort(byDate),
    apprenticeshipLevy: [...parsed.data.apprenticeshipLevy].sort(byDate),
  };
}

export function nationalInsuranceOn(taxes: EmployerTaxes, date: IsoDate): EmployerNationalInsurance {
  const entry = inForceOn(taxes.employerNationalInsurance, date);
  if (!entry) throw new PayLookupError('date', `No employer National Insurance rates are loaded for ${date}.`);
  return entry;
}

export function apprenticeshipLevyOn(taxes: EmployerTaxes, date: IsoDate): ApprenticeshipLevy {
  const entry = inForceOn(taxes.apprenticeshipLevy, date);
  if (!entry) throw new PayLookupError('date', `No Apprenticeship Levy rate is loaded for ${date}.`);
  return entry;
}
