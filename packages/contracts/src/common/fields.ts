import { isIsoDate } from '@recordroom/calendar';
import { z } from 'zod';

/** A calendar date on the wire: `yyyy-mm-dd`, and a real day (no 31 February). */
export const isoDate = z.string().refine(isIsoDate, 'must be a date written yyyy-mm-dd');

/** The optimistic-concurrency version a client read, sent back with a change (bodies). */
export const version = z.number().int().min(1);

/** The same version in a query string, where every value arrives as text. */
export const queryVersion = z.coerce.number().int().min(1);
