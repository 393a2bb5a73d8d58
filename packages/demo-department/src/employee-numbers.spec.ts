import { describe, expect, it } from '@jest/globals';
import { employeeNumberSource } from './employee-numbers.js';
import { createRandom } from './prng.js';

describe('employeeNumberSource', () => {
  it('issues 8-digit numbers that never start with 0 and never repeat', () => {
    const next = employeeNumberSource(createRandom(31));
    const numbers = Array.from({ length: 20_000 }, () => next());
    expect(numbers.every((number) => /^[1-9]\d{7}$/.test(number))).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
