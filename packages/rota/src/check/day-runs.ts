import { type PersonState, type RotaContext, type WorkedShift } from './rota-context.js';

/** A block of consecutive days, all worked or all off, with the shifts worked in it. */
export interface DayRun {
  firstDay: number;
  lastDay: number;
  length: number;
  worked: boolean;
  shifts: WorkedShift[];
}

/**
 * Splits the days from `fromDay` to `toDay` into maximal runs of worked days and days off. A day
 * is worked when a shift is dated on it; days outside the range count as unknown, so callers
 * decide what a run touching either end means.
 */
export function dayRuns(worked: readonly WorkedShift[], fromDay: number, toDay: number): DayRun[] {
  // `worked` is in start order, so its dates never go backwards: one pass, no per-day work.
  const runs: DayRun[] = [];
  let run: DayRun | null = null;
  const offUntil = (lastOff: number): void => {
    const firstOff = run ? run.lastDay + 1 : fromDay;
    if (lastOff >= firstOff) runs.push({ firstDay: firstOff, lastDay: lastOff, length: lastOff - firstOff + 1, worked: false, shifts: [] });
  };
  for (const w of worked) {
    const day = w.shift.day;
    if (day < fromDay || day > toDay) continue;
    if (run && day === run.lastDay) {
      run.shifts.push(w);
      continue;
    }
    if (run && day === run.lastDay + 1) {
      run.lastDay = day;
      run.length += 1;
      run.shifts.push(w);
      continue;
    }
    offUntil(day - 1);
    run = { firstDay: day, lastDay: day, length: 1, worked: true, shifts: [w] };
    runs.push(run);
  }
  offUntil(toDay);
  return runs;
}

const memo = new WeakMap<readonly WorkedShift[], { from: number; to: number; runs: DayRun[] }>();

/**
 * The person's runs from the first day of history to the last day of the period, over the shifts
 * they actually work. Worked out once per change of the person: three rules read them.
 */
export function dayRunsOf(person: PersonState, context: RotaContext): readonly DayRun[] {
  const from = context.historyFromDay;
  const to = context.period.lastDay;
  const cached = memo.get(person.actual);
  if (cached && cached.from === from && cached.to === to) return cached.runs;
  const runs = dayRuns(person.actual, from, to);
  memo.set(person.actual, { from, to, runs });
  return runs;
}
