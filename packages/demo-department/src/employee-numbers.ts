import { type Random } from './prng.js';

/** Employee numbers are 8 digits, like ESR assignment numbers, and never start with 0. */
const LOWEST = 10_000_000;
const HIGHEST = 99_999_999;

/** A source of employee numbers that never repeats one (up to the 90 million there are). */
export function employeeNumberSource(random: Random): () => string {
  const issued = new Set<number>();
  return () => {
    let number = random.integer(LOWEST, HIGHEST);
    while (issued.has(number)) number = random.integer(LOWEST, HIGHEST);
    issued.add(number);
    return String(number);
  };
}
