import { AFC_BANDS } from '@recordroom/people';
import { z } from 'zod';

/** Field schemas shared by the pay requests. Money is whole pence on the wire, never a float. */

/** An NHS financial year as budgets name it: '2025/26' (1 April 2025 to 31 March 2026). */
export const financialYear = z
  .string()
  .regex(/^\d{4}\/\d{2}$/, { error: 'must be a financial year written like 2025/26', abort: true })
  .refine((year) => Number(year.slice(5, 7)) === (Number(year.slice(0, 4)) + 1) % 100, 'must name two consecutive years, such as 2025/26');

/** A calendar month: 'yyyy-mm'. */
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written yyyy-mm');

/** Whole pence, 0 or more, small enough to stay exact in JavaScript (under 2^53). */
export const pence = z.number().int('must be a whole number of pence').min(0, 'must be 0 or more').max(Number.MAX_SAFE_INTEGER, 'is too large');

const hasAtMostTwoDecimals = (value: number): boolean => Math.abs(Math.round(value * 100) - value * 100) < 1e-6;

/** Whole-time equivalents to two decimal places (0.01 WTE = 22.5 minutes a week). */
export const wte = z.number().min(0, 'must be 0 or more').max(9999.99, 'must be less than 10,000').refine(hasAtMostTwoDecimals, 'must have at most two decimal places');

export const costCentre = z.string().trim().regex(/^[A-Za-z0-9-]{1,20}$/, 'must be 1-20 letters, digits or hyphens');

export const band = z.enum(AFC_BANDS, { error: `must be an Agenda for Change band: ${AFC_BANDS.join(', ')}` });

/** A point on a band, 1-based; whether the band has it is checked against the pay table. */
export const payPoint = z.number().int('must be a whole number').min(1, 'must be 1 or more').max(3, 'must be 3 or less');

/** A percentage with at most two decimals, such as a pay award of 3.3%. */
export const percent = z.number().min(0, 'must be 0 or more').max(25, 'must be 25 or less').refine(hasAtMostTwoDecimals, 'must have at most two decimal places');
