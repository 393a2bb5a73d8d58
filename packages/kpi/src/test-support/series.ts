import { addDays } from '@recordroom/calendar';
import type { SpcPoint } from '../spc/spc.js';

/** Daily periods from 2024-01-01, one per value. */
export function series(values: readonly number[]): SpcPoint[] {
  return values.map((value, i) => ({ period: addDays('2024-01-01', i), value }));
}

/** The period of the i-th point (0-based) of {@link series}. */
export function periodAt(i: number): string {
  return addDays('2024-01-01', i);
}
