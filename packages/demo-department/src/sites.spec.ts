import { describe, expect, it } from '@jest/globals';
import { siteName } from './sites.js';

describe('siteName', () => {
  it("starts with the trust's main hospital", () => {
    expect(siteName(0)).toBe('Northgate General Hospital');
  });

  it('names hundreds of sites without repeating one', () => {
    const names = Array.from({ length: 500 }, (_, index) => siteName(index));
    expect(new Set(names).size).toBe(500);
  });
});
