import { type ValueTransformer } from 'typeorm';

/**
 * bigint pence come back from pg as strings (a bigint may exceed a JavaScript number). Every
 * amount a department holds is far below 2^53 pence (£90 trillion), so it is read as an exact
 * integer number, and a value that could not be exact is refused rather than rounded.
 */
export const penceTransformer: ValueTransformer = {
  to: (value: number) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const pence = Number(value);
    if (!Number.isSafeInteger(pence)) throw new RangeError(`${value} pence cannot be held exactly`);
    return pence;
  },
};

/** numeric(6,2) WTE comes back as a string such as '3.60'. */
export const wteTransformer: ValueTransformer = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
