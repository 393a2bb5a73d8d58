import { z } from 'zod';
import { type BandCostDto, type EstablishmentTotalsDto, type PayTableUsedDto } from './establishment.dto.js';
import { band, costCentre, month, payPoint, percent, wte } from './pay-fields.js';

/** A month's spend, in pence. */
export interface SpendDto {
  substantivePence: number;
  bankPence: number;
  agencyPence: number;
  totalPence: number;
}

/** Budget, actual or forecast for one month of the year (forecastOutturn). */
export interface ForecastMonthDto {
  /** 'yyyy-mm' */
  month: string;
  budgetPence: number;
  /** Recorded spend, or null for a month without actuals. */
  actual: SpendDto | null;
  /** The forecast for a month without actuals, or null once it has them. */
  forecast: SpendDto | null;
  cumulativeBudgetPence: number;
  cumulativeSpendPence: number;
}

export interface OutturnDto {
  months: ForecastMonthDto[];
  budgetPence: number;
  /** Actuals to date plus the forecast for the rest of the year. */
  outturnPence: number;
  /** budget − outturn: negative is a forecast overspend. */
  variancePence: number;
  actualToDatePence: number;
}

/** GET /api/pay/forecast */
export interface ForecastDto {
  departmentId: string;
  financialYear: string;
  payTable: PayTableUsedDto;
  outturn: OutturnDto;
  /** Full-year cost of the people in post, with on-costs. */
  fullYearCostPence: number;
  /** The monthly substantive forecast: full-year cost ÷ 12. */
  substantiveRunRatePence: number;
  monthsWithActuals: number;
  costByBand: BandCostDto[];
}

export const whatIfSchema = z.strictObject({
  /** New posts, filled from a month of the year (its start when absent). */
  addPosts: z
    .array(z.strictObject({ costCentre: costCentre.optional(), band, payPoint, wte, fromMonth: month.optional() }))
    .max(100)
    .default([]),
  /** People in post whose posts go. */
  removeStaffIds: z.array(z.uuid()).max(500).default([]),
  /** People regraded: a change of band mix. */
  regrade: z.array(z.strictObject({ staffId: z.uuid(), band, payPoint })).max(500).default([]),
  /** A pay award on this year's table, from April. */
  payAwardPercent: percent.default(0),
});
export type WhatIfDto = z.infer<typeof whatIfSchema>;
/** POST /api/pay/what-if as a client writes it: every change may be left out. */
export type WhatIfBody = z.input<typeof whatIfSchema>;

export interface PositionDto {
  /** Cost of the posts over a full year, with on-costs. */
  fullYearCostPence: number;
  establishment: EstablishmentTotalsDto;
  outturn: OutturnDto;
  costByBand: BandCostDto[];
}

/** POST /api/pay/what-if: today and the scenario side by side; nothing is written. */
export interface WhatIfResultDto {
  departmentId: string;
  financialYear: string;
  today: PositionDto;
  scenario: PositionDto;
  /** scenario − today */
  difference: { fullYearCostPence: number; outturnPence: number; variancePence: number };
}
