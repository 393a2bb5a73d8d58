import { type AfcBand } from '@recordroom/people';
import { z } from 'zod';
import { queryVersion, version } from '../common/fields.js';
import { band, costCentre, financialYear, pence, wte } from './pay-fields.js';

/** `?departmentId=&year=`: admins and senior managers name the department; the year defaults to today's financial year. */
export const payDepartmentQuery = z.strictObject({ departmentId: z.uuid().optional(), year: financialYear.optional() });
export type PayDepartmentQuery = z.infer<typeof payDepartmentQuery>;

/** The establishment CSV, optionally only one cost centre or band, or the rows with vacant posts (as the table is filtered). */
export const exportEstablishmentQuery = z.strictObject({
  ...payDepartmentQuery.shape,
  costCentre: costCentre.optional(),
  band: band.optional(),
  vacantOnly: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
});
export type ExportEstablishmentQuery = z.infer<typeof exportEstablishmentQuery>;

export const createEstablishmentLineSchema = z.strictObject({
  departmentId: z.uuid().optional(),
  financialYear,
  costCentre,
  band,
  fundedWte: wte,
  budgetPence: pence,
});
export type CreateEstablishmentLineDto = z.infer<typeof createEstablishmentLineSchema>;

export const updateEstablishmentLineSchema = z.strictObject({
  version,
  costCentre: costCentre.optional(),
  band: band.optional(),
  fundedWte: wte.optional(),
  budgetPence: pence.optional(),
});
export type UpdateEstablishmentLineDto = z.infer<typeof updateEstablishmentLineSchema>;

export const deleteEstablishmentLineQuery = z.strictObject({ version: queryVersion });

/** One funded line: a band in a cost centre for a financial year. */
export interface EstablishmentLineDto {
  id: string;
  departmentId: string;
  financialYear: string;
  costCentre: string;
  band: AfcBand;
  fundedWte: number;
  budgetPence: number;
  version: number;
  updatedAt: string;
}

/** Employer on-costs, in pence (EmployerOnCosts of @recordroom/pay). */
export interface OnCostsDto {
  nationalInsurancePence: number;
  pensionLocalPence: number;
  /** The centrally paid part of the employer pension (9.4% from April 2024): not in the budget. */
  pensionCentralPence: number;
  apprenticeshipLevyPence: number;
  /** What the department's budget carries: NI, the local pension and the levy. */
  totalLocalPence: number;
}

/** Funded against in-post for a band in a cost centre (summariseEstablishment). */
export interface EstablishmentRowDto {
  costCentre: string;
  band: AfcBand;
  fundedWte: number;
  inPostWte: number;
  /** Negative when over establishment. */
  vacancyWte: number;
  budgetPence: number;
  inPostFullYearCostPence: number;
  /** Negative is an overspend at today's staffing. */
  headroomPence: number;
}

/** A person in post as the budget sees them. */
export interface PostHolderDto {
  staffId: string;
  name: string;
  jobTitle: string;
  band: AfcBand;
  payPoint: number;
  contractedHoursPerWeek: number;
  /** Contracted hours ÷ 37.5, to two decimal places. */
  wte: number;
  costCentre: string;
  fullYearCostPence: number;
}

/** The full-year cost of the posts on a band, split into pay and on-costs (costByBand), beside the band's budget. */
export interface BandCostDto {
  band: AfcBand;
  wte: number;
  basicPence: number;
  nationalInsurancePence: number;
  pensionLocalPence: number;
  apprenticeshipLevyPence: number;
  totalPence: number;
  budgetPence: number;
}

/** Which pay table the figures use, and what its source could not confirm. */
export interface PayTableUsedDto {
  year: string;
  source: string;
  unverified: string[];
}

export interface EstablishmentTotalsDto {
  fundedWte: number;
  inPostWte: number;
  vacancyWte: number;
  /** Vacant funded WTE over funded WTE, in percent to one decimal; null with nothing funded. */
  vacancyPercent: number | null;
  budgetPence: number;
  inPostFullYearCostPence: number;
  headroomPence: number;
}

/** GET /api/pay/establishment */
export interface EstablishmentDto {
  departmentId: string;
  departmentName: string;
  /** The department's own cost centre, which its staff are charged to. */
  costCentre: string;
  financialYear: string;
  payTable: PayTableUsedDto;
  lines: EstablishmentLineDto[];
  rows: EstablishmentRowDto[];
  totals: EstablishmentTotalsDto;
  /** Rows with funded posts nobody holds. */
  vacancies: EstablishmentRowDto[];
  inPost: PostHolderDto[];
  costByBand: BandCostDto[];
}
