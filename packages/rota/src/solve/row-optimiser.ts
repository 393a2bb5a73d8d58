import { RULE_INDEX } from './penalty-ledger.js';
import { type RosterState } from './roster-state.js';

const MAX_RUN = RULE_INDEX['maximum-consecutive-days'];
const MIN_RUN = RULE_INDEX['minimum-consecutive-days'];
const MIN_OFF = RULE_INDEX['minimum-consecutive-days-off'];
const PER_TYPE = RULE_INDEX['maximum-shifts-per-type'];
const TOTAL = RULE_INDEX['total-minutes'];
const CONTRACT = RULE_INDEX['contracted-hours'];
const WEEKENDS = RULE_INDEX['maximum-weekends'];

interface Label {
  cost: number;
  /** Yesterday's option (-1: off), for the pair rules. */
  g: number;
  /** Yesterday worked, for the run rules (which start at the first day of history). */
  worked: boolean;
  /** Days in the current run (worked or off), capped once longer no longer matters. */
  run: number;
  /** The current run touches the first day of history: exempt from the minimum-run rules. */
  first: boolean;
  minutes: number;
  weekends: number;
  /** Shifts so far of each type with a limit that can bind. */
  counts: readonly number[];
  previous: Label | null;
}

/**
 * The best row for one person with everyone else as they stand: a dynamic programme over the
 * period's days whose labels carry the last shift, the current run, hours, weekends and the
 * binding per-type counts, charging every term that depends on this row alone (static rules and
 * preferences, cover at the margin, pairs of days, runs, counts, weekends). Hard rules prune.
 * Fair share and the checker-backed rules are left to the exact evaluation of the move, and the
 * labels kept per day are capped (`beam`), so the row is a proposal, not a proof.
 *
 * The caller has cleared the person's decision cells (so cover counts exclude them); returns the
 * chosen option (or -1) for each period day, or null when no row keeps the hard rules.
 */
export function bestRow(state: RosterState, p: number, beam: number): Int32Array | null {
  return bestPricedRow(state, p, beam)?.row ?? null;
}

/** What `bestPricedRow` may be told besides the state. */
export interface RowPricing {
  /**
   * Points per head on each cover slot, charged in place of the cover rules at the margin (a
   * master problem's dual prices): the person's own decision cells then need not be cleared.
   */
  slotPrices?: Float64Array;
  /**
   * The option (or -1) of each period day, or FREE_DAY where the programme chooses: a whole row
   * to price that one row, or a row with some days free to re-roster only those days (a window,
   * or the days a dive has not fixed).
   */
  forced?: Int32Array;
}

/** In `RowPricing.forced`: the programme chooses this day. */
export const FREE_DAY = -2;

/**
 * As bestRow, with the row's cost in the programme's own terms: every term of this person's row,
 * plus cover (at the margin, or at `slotPrices`). With a whole `forced` row, that row and its
 * cost; with some days FREE_DAY, the best row that keeps the others.
 */
export function bestPricedRow(state: RosterState, p: number, beam: number, pricing: RowPricing = {}): { row: Int32Array; cost: number } | null {
  const m = state.model;
  const prices = pricing.slotPrices;
  const forced = pricing.forced;
  const ledger = state.ledger;
  if (!m.dense[p] || m.reach !== 1) return null;
  const from = m.periodFrom;
  const to = m.periodTo;
  const base = p * m.rowDays;
  const G = m.optionCount;
  const T = m.typeCount;
  const hard = (term: number): boolean => ledger.hardScale[term]! > 0;
  const weight = (term: number): number => ledger.softWeight[term]!;
  const maxRun = m.maxRun[p]!;
  const minRun = m.minRun[p]!;
  const minOff = m.minOff[p]!;
  const cap = Math.max(Number.isNaN(maxRun) ? 1 : maxRun + 1, Number.isNaN(minRun) ? 1 : minRun, Number.isNaN(minOff) ? 1 : minOff, 1);
  const maxTotal = m.maxTotal[p]!;
  const minTotal = m.minTotal[p]!;
  const maxWeekends = m.maxWeekends[p]!;
  const tables = state.unaryTables;
  const pairOut = new Float64Array(2);
  let longest = 0;
  for (let g = 0; g < G; g += 1) if (m.optionInPeriod[g]) longest = Math.max(longest, m.optionPaid[g]!);

  // Types whose limit can bind within the period, tracked in the labels.
  const limited: number[] = [];
  const slot = new Int32Array(T).fill(-1);
  for (let t = 0; t < T; t += 1) {
    const limit = m.typeLimit[p * T + t]!;
    if (!Number.isNaN(limit) && limit < to - from + 1) {
      slot[t] = limited.length;
      limited.push(t);
    }
  }

  // Labels are merged by a numeric key: exact (a mixed radix) when it fits a double, else a
  // 52-bit hash, where a rare collision only drops a label (the row stays valid, if not the best).
  const minutesRadix = (to - from + 1) * longest + 1;
  const weekendRadix = m.weekendCount + 2;
  let radix = (G + 2) * (cap + 1) * 2 * weekendRadix * minutesRadix;
  const countRadix = limited.map((t) => m.typeLimit[p * T + t]! + 2);
  for (const r of countRadix) radix *= r;
  const exact = radix < 2 ** 52;

  // The most minutes the days after each day can add (a kept day its own, a free day the
  // longest shift): a label that cannot reach the minimum total any more is dropped.
  const reachable = new Float64Array(to - from + 2);
  for (let d = to; d >= from; d -= 1) {
    const kept = m.isFixed[base + d] === 1 ? m.fixedValue[base + d]! : forced ? forced[d - from]! : FREE_DAY;
    reachable[d - from] = reachable[d - from + 1]! + (kept === FREE_DAY ? longest : kept >= 0 ? m.optionPaid[kept]! : 0);
  }

  // The run the period starts in, from the history.
  let run = 0;
  let first = true;
  let startWorked = false;
  if (from - 1 >= m.historyFrom) {
    startWorked = state.cells[base + from - 1]! >= 0;
    let k = from - 1;
    while (k >= m.historyFrom && state.cells[base + k]! >= 0 === startWorked) k -= 1;
    run = Math.min(cap, from - 1 - k);
    first = k < m.historyFrom;
  }
  const before = from - 1 >= 0 ? state.cells[base + from - 1]! : -1;
  let labels: Label[] = [{ cost: 0, g: before, worked: startWorked, run, first, minutes: 0, weekends: 0, counts: limited.map(() => 0), previous: null }];
  const closeRun = (label: Label): number => {
    // Charges the run that ends yesterday; Infinity when a hard rule forbids it.
    if (label.run === 0 || label.first) return 0;
    const length = label.run;
    if (label.worked) {
      if (length < minRun) return hard(MIN_RUN) ? Number.POSITIVE_INFINITY : (minRun - length) * weight(MIN_RUN);
    } else if (length < minOff) return hard(MIN_OFF) ? Number.POSITIVE_INFINITY : (minOff - length) * weight(MIN_OFF);
    return 0;
  };

  for (let d = from; d <= to; d += 1) {
    const fixed = m.isFixed[base + d] === 1;
    const pinned = forced ? forced[d - from]! : FREE_DAY;
    const options: number[] = fixed ? [m.fixedValue[base + d]!] : pinned !== FREE_DAY ? [pinned] : [-1, ...state.choicesAt(p, d)];
    const next = new Map<number, Label>();
    const weekend = m.weekendOf[d]!;
    const sameWeekendAsYesterday = d - 1 >= from && weekend >= 0 && m.weekendOf[d - 1] === weekend;
    for (const g of options) {
      let unit = 0;
      let blocked = false;
      for (const t of tables) {
        const v = g >= 0 ? t.byOption[p * G + g]! : t.byOff ? t.byOff[base + d]! : 0;
        if (t.hard && v > 0 && !fixed) blocked = true;
        else if (!t.hard) unit += v;
      }
      if (blocked) continue;
      if (g >= 0) {
        if (!prices) unit += state.cover.joinPoints(p, g);
        else if (m.optionSlot[g]! >= 0 && m.counted[p * G + g]) unit += prices[m.optionSlot[g]!]!;
      }
      for (const label of labels) {
        const worked = g >= 0;
        let cost = label.cost + unit;
        let runLength: number;
        let isFirst = label.first;
        if (label.run > 0 && worked === label.worked) {
          runLength = label.run + 1;
        } else {
          // A run that ended before the period is not charged (the rules skip it).
          if (d - 1 >= from) cost += closeRun(label);
          runLength = 1;
          isFirst = d === m.historyFrom;
        }
        if (worked && runLength > maxRun) {
          if (hard(MAX_RUN)) continue;
          cost += weight(MAX_RUN);
        }
        if (!Number.isFinite(cost)) continue;
        if (runLength > cap) runLength = cap;
        if (worked && label.g >= 0) {
          state.pairs.cost(label.g, d - 1, g, d, pairOut);
          if (pairOut[1]! > 0 && !fixed) continue;
          cost += pairOut[0]!;
        }
        let minutes = label.minutes;
        let counts = label.counts;
        let weekends = label.weekends;
        if (worked) {
          minutes += m.optionPaid[g]!;
          if (minutes > maxTotal && hard(TOTAL)) continue;
          const t = m.optionType[g]!;
          const k = slot[t]!;
          if (k >= 0) {
            const c = counts[k]! + 1;
            if (c > m.typeLimit[p * T + t]!) {
              if (hard(PER_TYPE)) continue;
              cost += weight(PER_TYPE);
            }
            const copy = counts.slice();
            copy[k] = c;
            counts = copy;
          }
          if (weekend >= 0 && !(sameWeekendAsYesterday && label.g >= 0)) {
            weekends += 1;
            if (weekends > maxWeekends) {
              if (hard(WEEKENDS)) continue;
              cost += weight(WEEKENDS);
            }
          }
        }
        if (hard(TOTAL) && minutes + reachable[d - from + 1]! < minTotal) continue;
        let key: number;
        if (exact) {
          key = ((((g + 1) * (cap + 1) + runLength) * 2 + (isFirst ? 1 : 0)) * weekendRadix + weekends) * minutesRadix + minutes;
          for (let i = 0; i < counts.length; i += 1) key = key * countRadix[i]! + counts[i]!;
        } else {
          let h1 = Math.imul(g + 1, 0x9e3779b1) ^ Math.imul(runLength * 2 + (isFirst ? 1 : 0), 0x85ebca6b) ^ Math.imul(weekends + 1, 0xc2b2ae35);
          let h2 = Math.imul(minutes + 1, 0x27d4eb2f) ^ h1;
          for (let i = 0; i < counts.length; i += 1) {
            h1 = Math.imul(h1 ^ (counts[i]! + i * 131), 0x165667b1);
            h2 = Math.imul(h2 ^ (counts[i]! + 7), 0x9e3779b1);
          }
          key = (h1 >>> 0) * 1048576 + ((h2 >>> 0) & 0xfffff);
        }
        const existing = next.get(key);
        if (!existing || cost < existing.cost) next.set(key, { cost, g, worked, run: runLength, first: isFirst, minutes, weekends, counts, previous: label });
      }
    }
    labels = [...next.values()];
    if (labels.length > beam) {
      labels.sort((a, b) => a.cost - b.cost);
      labels.length = beam;
    }
    if (labels.length === 0) return null;
  }

  // The last run touches the end of the period (exempt from minimums); then hours and the day after.
  const after = to + 1 < m.rowDays ? state.cells[base + to + 1]! : -1;
  let best: Label | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const label of labels) {
    let cost = label.cost;
    const total = label.minutes;
    const totalUnits = (total > maxTotal ? total - maxTotal : 0) + (total < minTotal ? minTotal - total : 0);
    if (totalUnits > 0) {
      if (hard(TOTAL)) continue;
      cost += totalUnits * weight(TOTAL);
    }
    const expected = m.contracted[p]!;
    if (!Number.isNaN(expected)) {
      const difference = Math.abs(total - expected);
      if (difference > m.contractTolerance) cost += (difference - m.contractTolerance) * weight(CONTRACT);
    }
    if (label.g >= 0 && after >= 0) {
      state.pairs.cost(label.g, to, after, to + 1, pairOut);
      if (pairOut[1]! > 0) continue;
      cost += pairOut[0]!;
    }
    if (cost < bestCost) {
      bestCost = cost;
      best = label;
    }
  }
  if (!best) return null;
  const row = new Int32Array(to - from + 1).fill(-1);
  for (let label: Label | null = best, d = to; label && d >= from; label = label.previous, d -= 1) row[d - from] = label.g;
  return { row, cost: bestCost };
}
