import { describe, expect, it } from '@jest/globals';
import { parsePounds, poundsInput } from './parse-pounds';

describe('reading pounds typed into a form', () => {
  it('reads pounds and pence as whole pence, with or without £ and thousands commas', () => {
    expect(parsePounds('1,234.5')).toBe(123_450);
    expect(parsePounds('£12')).toBe(1_200);
    expect(parsePounds(' 0.07 ')).toBe(7);
    expect(parsePounds('32707.09')).toBe(3_270_709);
  });

  it('refuses what is not an amount: negative, three decimals, misplaced commas, words', () => {
    for (const text of ['-5', '1.234', '12,34', 'ten', '', '1e3']) expect(parsePounds(text)).toBeNull();
  });

  it('shows pence back as pounds to change', () => {
    expect(poundsInput(123_450)).toBe('1234.50');
    expect(poundsInput(7)).toBe('0.07');
  });
});
