import { describe, expect, it } from '@jest/globals';
import { looksLikeNhsNumber } from './nhs-number.js';

describe('looksLikeNhsNumber', () => {
  it('recognises a valid NHS number, with or without spaces', () => {
    expect(looksLikeNhsNumber('9434765919')).toBe(true);
    expect(looksLikeNhsNumber('943 476 5919')).toBe(true);
  });

  it('rejects a wrong check digit and other shapes', () => {
    expect(looksLikeNhsNumber('9434765918')).toBe(false);
    expect(looksLikeNhsNumber('R-00042')).toBe(false);
    expect(looksLikeNhsNumber('123456789')).toBe(false);
  });
});
