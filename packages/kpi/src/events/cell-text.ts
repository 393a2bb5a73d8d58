import type { FieldError, RawRow } from './validate-record-request.js';

/**
 * What the text of an event's cells may be (docs/kpi.md "Importing events"): nothing PostgreSQL
 * cannot store, ids of at most EXTERNAL_ID_MAX_CHARACTERS printable characters, other text of at
 * most FREE_TEXT_MAX_CHARACTERS. The row validators check every cell with these, so a bad cell is
 * a line error like any other, never a failed write.
 */

/** A tracking system's id (external id, record id, clinic id, who handled it): 1 to 100 characters. */
export const EXTERNAL_ID_MAX_CHARACTERS = 100;

/** A location's name and other free text in an event: at most 200 characters. */
export const FREE_TEXT_MAX_CHARACTERS = 200;

/** Messages quote at most this many characters of what a cell held. */
const QUOTED_CHARACTERS = 40;

// Any surrogate: one cheap test per cell, the exact check only when it matches (an emoji is a surrogate pair).
const SURROGATE = /[\uD800-\uDFFF]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Letters, marks, digits, punctuation, symbols and the space: no control, format or private-use characters.
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]*$/u;

const codePoint = (char: string): string => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The number of characters (code points) of `value`: what a person counts, not UTF-16 units. */
function characters(value: string): number {
  return [...value].length;
}

/**
 * Why PostgreSQL could not store `value` as text, or null: a NUL character (refused by text
 * columns) or a lone UTF-16 surrogate (not text at all), with where it is in the cell.
 *
 * @example unstorableTextError('R-1\u0000') // 'contains a NUL character (U+0000) at character 4, which cannot be stored'
 */
export function unstorableTextError(value: string): string | null {
  const nul = value.indexOf('\u0000');
  if (nul >= 0) return `contains a NUL character (U+0000) at character ${characters(value.slice(0, nul)) + 1}, which cannot be stored`;
  if (!SURROGATE.test(value)) return null;
  const lone = LONE_SURROGATE.exec(value);
  if (lone) return `contains a lone UTF-16 surrogate (${codePoint(lone[0])}) at character ${characters(value.slice(0, lone.index)) + 1}, which is not text`;
  return null;
}

/**
 * Field errors for the cells of `row` that PostgreSQL could not store (unstorableTextError), and
 * the names of those fields, so a validator reads them as empty and says nothing else about them.
 *
 * @example unstorableCells({ id: 'Q-1', recordId: 'R\u0000' }).errors
 * // [{ field: 'recordId', message: 'contains a NUL character (U+0000) at character 2, which cannot be stored' }]
 */
export function unstorableCells(row: RawRow): { errors: FieldError[]; fields: ReadonlySet<string> } {
  const errors: FieldError[] = [];
  const fields = new Set<string>();
  for (const [field, value] of Object.entries(row)) {
    const message = typeof value === 'string' ? unstorableTextError(value) : null;
    if (message !== null) {
      errors.push({ field, message });
      fields.add(field);
    }
  }
  return { errors, fields };
}

/**
 * Why `value` (trimmed, not empty) is not an id, or null: longer than EXTERNAL_ID_MAX_CHARACTERS,
 * or holding a character that is not printable (a tab, a zero-width space).
 *
 * @example identifierError('Q-100231') // null
 */
export function identifierError(value: string): string | null {
  // A string of at most N UTF-16 units has at most N characters: count only longer ones.
  const length = value.length <= EXTERNAL_ID_MAX_CHARACTERS ? 0 : characters(value);
  if (length > EXTERNAL_ID_MAX_CHARACTERS) return `is ${length} characters long; an id is at most ${EXTERNAL_ID_MAX_CHARACTERS}`;
  if (!PRINTABLE.test(value)) {
    const bad = [...value].find((char) => !PRINTABLE.test(char)) ?? '';
    return `must be printable characters only (it holds ${codePoint(bad)})`;
  }
  return null;
}

/**
 * Why `value` is too long for free text (a location's name), or null.
 *
 * @example freeTextError('A&E records desk') // null
 */
export function freeTextError(value: string): string | null {
  const length = value.length <= FREE_TEXT_MAX_CHARACTERS ? 0 : characters(value);
  return length > FREE_TEXT_MAX_CHARACTERS ? `is ${length} characters long; at most ${FREE_TEXT_MAX_CHARACTERS} are allowed` : null;
}

/**
 * A cell's text as a message quotes it: JSON-quoted and cut to 40 characters, so a 90 kB cell does
 * not come back 90 kB long in every error.
 *
 * @example quoted('stat') // '"stat"'
 */
export function quoted(value: string): string {
  const chars = [...value];
  return chars.length <= QUOTED_CHARACTERS ? JSON.stringify(value) : `${JSON.stringify(chars.slice(0, QUOTED_CHARACTERS).join(''))}…`;
}
