/**
 * A seeded pseudo-random source: the only randomness in the demo generator, so the same seed
 * always gives the same department. sfc32 (Chris Doty-Humphrey's "small fast chaotic" generator,
 * PractRand-tested, 128-bit state) seeded through splitmix32. Not for anything secret.
 */
export interface Random {
  /** A uniform unsigned 32-bit integer. */
  uint32(): number;
  /** A uniform number in [0, 1). */
  next(): number;
  /** A uniform integer in [min, max], both included. */
  integer(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher-Yates); the input is not changed. */
  shuffle<T>(items: readonly T[]): T[];
}

const TWO_TO_THE_32 = 4_294_967_296;

function splitMix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * An independent stream for each (seed, stream) pair: the organisation, each department and the
 * employee numbers draw from their own stream, so adding a department never changes another.
 *
 * @example createRandom(42).integer(1, 6) // the same die roll on every run
 */
export function createRandom(seed: number, stream = 0): Random {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`A seed is a whole number: ${seed}`);
  if (!Number.isSafeInteger(stream) || stream < 0) throw new RangeError(`A stream is a whole number from 0: ${stream}`);
  const fromSeed = splitMix32(seed);
  const fromStream = splitMix32(stream ^ 0x5bd1e995);
  let a = fromSeed();
  let b = fromSeed();
  let c = fromStream();
  let counter = 1;

  const uint32 = (): number => {
    const t = (((a + b) >>> 0) + counter) >>> 0;
    counter = (counter + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // Mix the seed words before the first draw, as the generator's author recommends.
  for (let i = 0; i < 12; i += 1) uint32();

  const next = (): number => uint32() / TWO_TO_THE_32;
  const integer = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`Not an integer range: [${min}, ${max}]`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
    return items[integer(0, items.length - 1)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const shuffled = [...items];
    for (let i = shuffled.length - 1; i > 0; i -= 1) {
      const j = integer(0, i);
      [shuffled[i], shuffled[j]] = [shuffled[j] as T, shuffled[i] as T];
    }
    return shuffled;
  };
  return { uint32, next, integer, chance: (p) => next() < p, pick, shuffle };
}
