import { type WorkedShift } from './rota-context.js';

/**
 * A duty: one person's shifts with no more than the split-shift gap between them (library in the
 * morning, reception after lunch), worked as one working day. Rest is measured between duties.
 */
export interface Duty {
  shifts: readonly WorkedShift[];
  start: number;
  /** The latest end of any shift in the duty. */
  end: number;
  /** The shift that ends last: the one rest is measured from. */
  lastToEnd: WorkedShift;
}

/** Groups shifts (in start order) into duties. Overlapping shifts fall into one duty. */
export function dutiesOf(worked: readonly WorkedShift[], splitShiftMaximumGapMinutes: number): Duty[] {
  const duties: Duty[] = [];
  let current: { shifts: WorkedShift[]; start: number; end: number; lastToEnd: WorkedShift } | null = null;
  for (const w of worked) {
    if (current && w.shift.start - current.end <= splitShiftMaximumGapMinutes) {
      current.shifts.push(w);
      if (w.shift.end > current.end) {
        current.end = w.shift.end;
        current.lastToEnd = w;
      }
      continue;
    }
    current = { shifts: [w], start: w.shift.start, end: w.shift.end, lastToEnd: w };
    duties.push(current);
  }
  return duties;
}

/** True when any shift of the duty is dated inside the period. */
export function touchesPeriod(shifts: readonly WorkedShift[]): boolean {
  return shifts.some((w) => w.shift.inPeriod);
}
