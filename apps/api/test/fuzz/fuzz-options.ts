/**
 * The seed and route of a fuzz run: FUZZ_SEED repeats a run (every failure prints its seed) and
 * FUZZ_ROUTE narrows it to the routes containing that text, each with the same requests as in the
 * whole run. Without FUZZ_SEED the fast run uses `fixedSeed`, so `npm test` is repeatable, and
 * the full run a new seed each time, so it explores.
 */
export function fuzzOptions(fixedSeed: number | 'random'): { seed: number; routeFilter?: string } {
  const given = process.env.FUZZ_SEED;
  const seed = given !== undefined && given !== '' ? Number(given) : fixedSeed === 'random' ? Math.floor(Math.random() * 2 ** 31) : fixedSeed;
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${given ?? ''}`);
  const routeFilter = process.env.FUZZ_ROUTE;
  return routeFilter ? { seed, routeFilter } : { seed };
}
