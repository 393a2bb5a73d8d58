import { z } from 'zod';
import { version } from '../common/fields.js';
import { costCentre, month, pence } from './pay-fields.js';

/**
 * PUT /api/pay/monthly-spend: one month of a cost centre's spend. Without `version` it must be
 * new; with it, it replaces the month read at that version (409 if someone changed it since).
 */
export const putMonthlySpendSchema = z.strictObject({
  departmentId: z.uuid().optional(),
  costCentre,
  month,
  substantivePence: pence,
  bankPence: pence,
  agencyPence: pence,
  version: version.optional(),
});
export type PutMonthlySpendDto = z.infer<typeof putMonthlySpendSchema>;

export const monthlySpendImportQuery = z.strictObject({ departmentId: z.uuid().optional() });
export type MonthlySpendImportQuery = z.infer<typeof monthlySpendImportQuery>;

export interface MonthlySpendDto {
  id: string;
  departmentId: string;
  costCentre: string;
  /** 'yyyy-mm' */
  month: string;
  substantivePence: number;
  bankPence: number;
  agencyPence: number;
  totalPence: number;
  version: number;
  updatedAt: string;
}

/** POST /api/pay/monthly-spend/import: all lines or none. */
export interface MonthlySpendImportResultDto {
  linesRead: number;
  created: number;
  updated: number;
  unchanged: number;
}
