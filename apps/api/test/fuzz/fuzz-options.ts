/**
 * The seed and route of a fuzz run: FUZZ_SEED repeats a run (every failure prints its seed) and
 * FUZZ_ROUTE narrows it to the routes containing that text, each with the same requests as in the
 * whole run; FUZZ_RUNS changes the number of requests per operation. Without FUZZ_SEED the fast run uses `fixedSeed`, so `npm test` is repeatable, and
 * the full run a new seed each time, so it explores.
 */
export function fuzzOptions(fixedSeed: number | 'random', requestsPerOperation: number): { seed: number; requestsPerOperation: number; routeFilter?: string } {
  const given = process.env.FUZZ_SEED;
  const seed = given !== undefined && given !== '' ? Number(given) : fixedSeed === 'random' ? Math.floor(Math.random() * 2 ** 31) : fixedSeed;
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${given ?? ''}`);
  const runs = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : requestsPerOperation;
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive integer, not ${process.env.FUZZ_RUNS ?? ''}`);
  const routeFilter = process.env.FUZZ_ROUTE;
  return { seed, requestsPerOperation: runs, ...(routeFilter ? { routeFilter } : {}) };
}
