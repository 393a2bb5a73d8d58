import { isIsoDate } from '@recordroom/calendar';
import { isWallClockTime } from '@recordroom/rota';
import { z } from 'zod';

/** Field schemas shared by the rota's request bodies and queries. */
export const isoDate = z.string().refine(isIsoDate, 'must be a date written yyyy-mm-dd');
export const wallClockTime = z.string().refine(isWallClockTime, 'must be a 24-hour time written HH:MM');
export const version = z.number().int().min(1);
export const queryVersion = z.coerce.number().int().min(1);
/** Why a published rota changed: kept in the audit trail, so it is worth reading later. */
export const reason = z.string().trim().min(3, 'must say why, in a few words').max(500);
export const note = z.string().trim().max(500);
export const decision = z.enum(['approve', 'decline']);
