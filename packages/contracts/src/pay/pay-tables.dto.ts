import { type AfcBand } from '@recordroom/people';
import { type Nation } from '@recordroom/pay';

/** GET /api/pay/tables: the organisation's nation's pay tables, as loaded from its data file. */
export interface PayTablesDto {
  nation: Nation;
  title: string;
  tables: {
    year: string;
    effectiveFrom: string;
    effectiveTo: string | null;
    source: string;
    unverified: string[];
    bands: { band: AfcBand; points: { point: number; yearsOnBand: number; annualSalaryPence: number; hourlyRatePence: number }[] }[];
  }[];
  /** Periods no table covers, with the reason (a year the sources could not verify). */
  knownGaps: { from: string; to: string; reason: string }[];
}
