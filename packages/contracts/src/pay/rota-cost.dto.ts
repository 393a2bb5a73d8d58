import { type AfcBand } from '@recordroom/people';
import { z } from 'zod';
import { version } from '../common/fields.js';
import { type OnCostsDto, type PayTableUsedDto } from './establishment.dto.js';

/** One person's part of a rota's cost (costRota). */
interface PersonRotaCostDto {
  staffId: string;
  name: string;
  band: AfcBand;
  payPoint: number;
  shifts: number;
  paidMinutes: number;
  overtimeMinutes: number;
  basicPence: number;
  enhancementsPence: number;
  overtimePence: number;
  onCallPence: number;
  payPence: number;
  onCosts: OnCostsDto;
  totalPence: number;
}

/** GET /api/rota/periods/:id/cost */
/** An on-call duty of the period: who holds it, when, and what it pays (availability and call-outs). */
export interface OnCallDutyOfPeriodDto {
  assignmentId: string;
  staffId: string;
  staffName: string;
  date: string;
  shiftTypeName: string;
  /** The duty as instants (ISO 8601 with offset), so a call-out can be placed inside it. */
  startAt: string;
  endAt: string;
  callOuts: CallOutDto[];
}

export interface RotaCostDto {
  /** Every on-call duty of the period with its call-outs, in date order. */
  onCallDuties: OnCallDutyOfPeriodDto[];
  periodId: string;
  startDate: string;
  endDate: string;
  payTables: PayTableUsedDto[];
  basicPence: number;
  enhancementsPence: number;
  overtimePence: number;
  onCallPence: number;
  payPence: number;
  onCosts: OnCostsDto;
  /** Pay and the on-costs the trust carries. */
  totalPence: number;
  people: PersonRotaCostDto[];
  /** The pay of the worked shifts by date, and the running total (on-call and on-costs are the period's). */
  byDate: { date: string; payPence: number; cumulativePayPence: number }[];
}

/** GET /api/rota/periods/:id/shifts/:shiftId/agency-price: what the trust's agency rate card charges for the shift. */
export interface AgencyPriceDto {
  shiftId: string;
  paidMinutes: number;
  rates: { band: AfcBand; pencePerHour: number; pence: number }[];
}

export const onCallDutySchema = z.strictObject({ version, onCall: z.boolean() });
export type OnCallDutyBody = z.infer<typeof onCallDutySchema>;

/** A shift type as an on-call duty: PATCH /api/pay/shift-types/:id/on-call. */
export interface OnCallDutyDto {
  shiftTypeId: string;
  code: string;
  name: string;
  onCall: boolean;
  version: number;
}

const instant = z.iso.datetime({ offset: true, error: 'must be a date and time with its offset, such as 2026-01-13T02:00:00Z' });

export const createCallOutSchema = z.strictObject({
  assignmentId: z.uuid(),
  start: instant,
  end: instant,
  note: z.string().trim().max(500).default(''),
});
export type CreateCallOutDto = z.infer<typeof createCallOutSchema>;

export const updateCallOutSchema = z.strictObject({ version, start: instant.optional(), end: instant.optional(), note: z.string().trim().max(500).optional() });
export type UpdateCallOutDto = z.infer<typeof updateCallOutSchema>;

export const callOutsQuery = z.strictObject({ periodId: z.uuid() });
export type CallOutsQuery = z.infer<typeof callOutsQuery>;

/** Time worked when called out during an on-call duty. */
export interface CallOutDto {
  id: string;
  assignmentId: string;
  staffId: string;
  staffName: string;
  /** The date of the on-call duty. */
  dutyDate: string;
  start: string;
  end: string;
  minutes: number;
  note: string;
  version: number;
}
