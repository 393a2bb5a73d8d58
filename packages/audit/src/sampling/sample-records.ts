import type { FieldProblem } from '../templates/audit-template.js';

/** A pseudonymous record id as pasted or imported: letters, digits, hyphens, slashes; 1-40 characters. */
const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9/-]{0,39}$/;

export interface ParsedRecordList {
  ids: string[];
  problems: FieldProblem[];
}

/**
 * The record ids of a pasted list or imported file, one per line or separated by commas, tabs or
 * spaces; duplicates are dropped (a population lists each record once). Each bad entry is named
 * by its line.
 */
export function parseRecordList(text: string): ParsedRecordList {
  const ids: string[] = [];
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    for (const entry of line.split(/[,\t ;]+/).map((s) => s.trim()).filter((s) => s.length > 0)) {
      if (!RECORD_ID.test(entry)) {
        problems.push({ field: `population line ${index + 1}`, message: `"${entry.slice(0, 40)}" is not a record id (letters, digits, / and -, at most 40)` });
        continue;
      }
      if (!seen.has(entry)) {
        seen.add(entry);
        ids.push(entry);
      }
    }
  });
  return { ids, problems };
}

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; the same seed gives the same sequence on every machine. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class SampleTooLargeError extends Error {
  constructor(
    readonly sampleSize: number,
    readonly population: number,
  ) {
    super(`A sample of ${sampleSize} records cannot be drawn from a population of ${population}`);
  }
}

/**
 * A simple random sample without replacement of `size` ids from `population` (distinct ids),
 * reproducible: the same population, size and seed always give the same sample in the same order
 * (a partial Fisher-Yates shuffle driven by mulberry32).
 *
 * @example sampleRecords(['A1', 'A2', 'A3'], 2, 42) // the same two ids on every run
 * @throws SampleTooLargeError when size exceeds the population
 */
export function sampleRecords(population: readonly string[], size: number, seed: number): string[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('The sample size must be a whole number of at least 1');
  if (size > population.length) throw new SampleTooLargeError(size, population.length);
  const pool = [...population];
  const random = mulberry32(seed);
  for (let i = 0; i < size; i += 1) {
    const j = i + Math.floor(random() * (pool.length - i));
    const swap = pool[i] as string;
    pool[i] = pool[j] as string;
    pool[j] = swap;
  }
  return pool.slice(0, size);
}
