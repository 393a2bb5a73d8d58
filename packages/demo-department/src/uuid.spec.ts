import { describe, expect, it } from '@jest/globals';
import { createRandom } from './prng.js';
import { UUID_V4_LAYOUT } from './test-support/uuid-v4-layout.js';
import { randomUuid } from './uuid.js';

describe('randomUuid', () => {
  it('has the version 4 layout: version nibble 4 and variant bits 10', () => {
    const random = createRandom(11);
    for (let i = 0; i < 1_000; i += 1) expect(randomUuid(random)).toMatch(UUID_V4_LAYOUT);
  });

  it('never repeats within a large organisation', () => {
    const random = createRandom(12);
    const ids = new Set(Array.from({ length: 50_000 }, () => randomUuid(random)));
    expect(ids.size).toBe(50_000);
  });

  it('is reproducible from the seed', () => {
    expect(randomUuid(createRandom(13))).toBe(randomUuid(createRandom(13)));
  });
});
