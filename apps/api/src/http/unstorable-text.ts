import { type FieldError } from './problem.js';

/** A response naming more fields than this helps nobody; the first ones show what is wrong. */
const MAX_ERRORS = 100;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a text cannot be taken, or null. PostgreSQL refuses NUL in text and jsonb, and a lone
 * UTF-16 surrogate is not Unicode: the driver would store U+FFFD in its place (so two different
 * passwords would compare equal) and jsonb refuses its \u escape outright.
 */
export function unstorableReason(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone UTF-16 surrogate (text that is not valid Unicode)';
  return null;
}

/** A place in the value: its name and its parent's place (a list, so paths are not copied per level). */
interface Place {
  name: string;
  parent: Place | null;
}

/**
 * Every string (and object key) in a parsed JSON body, query or set of path parameters that
 * cannot be stored, named by its path: `search`, `firstName`, `pauses.0.to`. A bad key is named
 * with U+FFFD in place of its bad characters. Walks without recursion, so a deeply nested body
 * cannot overflow the stack.
 */
export function unstorableText(value: unknown, rootName = '(body)'): FieldError[] {
  const errors: FieldError[] = [];
  const fieldAt = (place: Place | null): string => {
    const names: string[] = [];
    for (let at = place; at; at = at.parent) names.push(at.name);
    return names.length === 0 ? rootName : names.reverse().join('.');
  };
  const pending: { value: unknown; place: Place | null }[] = [{ value, place: null }];
  while (pending.length > 0 && errors.length < MAX_ERRORS) {
    const { value: item, place } = pending.pop() as { value: unknown; place: Place | null };
    if (typeof item === 'string') {
      const reason = unstorableReason(item);
      if (reason) errors.push({ field: fieldAt(place), message: reason });
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    const children: { value: unknown; place: Place }[] = [];
    for (const [key, child] of Object.entries(item)) {
      const keyReason = unstorableReason(key);
      const childPlace = { name: keyReason ? printable(key) : key, parent: place };
      if (keyReason) errors.push({ field: fieldAt(childPlace), message: `is a field name that ${keyReason}` });
      children.push({ value: child, place: childPlace });
    }
    // The last pushed is walked first: reversed, the errors come in the order of the document.
    pending.push(...children.reverse());
  }
  return errors.slice(0, MAX_ERRORS);
}

function printable(key: string): string {
  return key.replaceAll('\u0000', '\uFFFD').replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
}
