import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { EXTERNAL_ID_MAX_CHARACTERS, freeTextError, identifierError, quoted, unstorableCells, unstorableTextError } from './cell-text.js';

/** Printable text: letters, digits, punctuation, space and an emoji (a surrogate pair). */
const printable = fc.string({ unit: fc.constantFrom(...'AZaz09-_/.# &é', '😀'), minLength: 1, maxLength: EXTERNAL_ID_MAX_CHARACTERS });

describe('cells PostgreSQL cannot store', () => {
  it('finds a NUL anywhere in a cell, saying at which character', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const value = `${before.replaceAll('\u0000', '')}\u0000${after}`;
        expect(unstorableTextError(value)).toBe(`contains a NUL character (U+0000) at character ${[...before.replaceAll('\u0000', '')].length + 1}, which cannot be stored`);
      }),
    );
  });

  it('finds a lone surrogate, high or low, but takes a surrogate pair (an emoji)', () => {
    expect(unstorableTextError('R-\uD800-1')).toBe('contains a lone UTF-16 surrogate (U+D800) at character 3, which is not text');
    expect(unstorableTextError('\uDC00')).toBe('contains a lone UTF-16 surrogate (U+DC00) at character 1, which is not text');
    expect(unstorableTextError('Ward 😀 4')).toBeNull();
  });

  it('stores any well-formed text without a NUL', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (value) => expect(unstorableTextError(value.replaceAll('\u0000', ''))).toBeNull()));
  });

  it('names each cell that cannot be stored', () => {
    expect(unstorableCells({ id: 'Q-1', recordId: 'R\u0000', location: '\uDBFF' })).toEqual({
      errors: [
        { field: 'recordId', message: 'contains a NUL character (U+0000) at character 2, which cannot be stored' },
        { field: 'location', message: 'contains a lone UTF-16 surrogate (U+DBFF) at character 1, which is not text' },
      ],
      fields: new Set(['recordId', 'location']),
    });
  });
});

describe('identifierError', () => {
  it('takes any printable id of 1 to 100 characters', () => {
    fc.assert(fc.property(printable, (id) => expect(identifierError(id)).toBeNull()));
  });

  it('refuses an id longer than 100 characters, counting characters, not UTF-16 units', () => {
    expect(identifierError('😀'.repeat(100))).toBeNull();
    fc.assert(fc.property(fc.integer({ min: 101, max: 90_000 }), (length) => expect(identifierError('Q'.repeat(length))).toBe(`is ${length} characters long; an id is at most 100`)));
  });

  it('refuses a tab or a zero-width space in an id', () => {
    expect(identifierError('Q\t1')).toBe('must be printable characters only (it holds U+0009)');
    expect(identifierError('Q\u200B1')).toBe('must be printable characters only (it holds U+200B)');
  });
});

describe('freeTextError and quoted', () => {
  it('takes a location of 200 characters, not 201', () => {
    expect(freeTextError('L'.repeat(200))).toBeNull();
    expect(freeTextError('L'.repeat(201))).toBe('is 201 characters long; at most 200 are allowed');
  });

  it('quotes at most 40 characters of a cell', () => {
    expect(quoted('stat')).toBe('"stat"');
    expect(quoted('x'.repeat(90_000))).toBe(`"${'x'.repeat(40)}"…`);
  });
});
