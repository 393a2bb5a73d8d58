import { type AfcBand } from '@recordroom/people';
import { type PayTableUsedDto } from './establishment.dto.js';

/** A worked shift of the person's, priced (costPersonShifts through costRota). */
interface PricedShiftDto {
  date: string;
  shiftTypeCode: string;
  shiftTypeName: string;
  /** Wall clock, HH:MM. */
  start: string;
  end: string;
  paidMinutes: number;
  overtimeMinutes: number;
  basicPence: number;
  enhancementsPence: number;
  overtimePence: number;
  totalPence: number;
}

/** GET /api/me/pay and GET /api/staff/:id/pay: a person's own pay, as they may see it. */
export interface PayViewDto {
  staffId: string;
  name: string;
  band: AfcBand;
  payPoint: number;
  contractedHoursPerWeek: number;
  wte: number;
  financialYear: string;
  payTable: PayTableUsedDto;
  /** Full-time annual basic salary at the person's point. */
  annualSalaryPence: number;
  /** Their basic pay over the year, pro rata to their contract. */
  annualPayPence: number;
  /** annual ÷ 1,955.4, to the penny. */
  hourlyRatePence: number;
  /** The band's points and the years on the band at which each is due (subject to the pay-progression standards). */
  progression: { point: number; yearsOnBand: number; annualSalaryPence: number; hourlyRatePence: number; current: boolean }[];
  /** The rota period running today, with the pay of the person's shifts in it; null when none is published. */
  period: {
    id: string;
    name: string;
    startDate: string;
    endDate: string;
    shifts: PricedShiftDto[];
    basicPence: number;
    enhancementsPence: number;
    overtimePence: number;
    onCall: { sessions: number; callOuts: number; callOutMinutes: number; availabilityPence: number; callOutsPence: number; totalPence: number };
    /** Basic, enhancements, overtime and on-call: before tax and deductions. */
    payPence: number;
  } | null;
}
