import { addDays, type IsoDate } from '@recordroom/calendar';
import fc from 'fast-check';

/**
 * Values a careless or hostile client sends where a field is expected: each class has broken
 * something somewhere (a NUL PostgreSQL refuses in text, a lone surrogate a driver cannot encode,
 * a string longer than a b-tree index row, a year a date library loops to, a number past 2^53).
 */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\uFEFF',
  '\u202Eevil',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '-1',
  '0',
  '1e309',
  'NaN',
  "' OR '1'='1",
  '"; DROP TABLE staff_member; --',
  '=HYPERLINK("http://example.com")',
  '../../etc/passwd',
  '%00',
  '%',
  '<script>alert(1)</script>',
  '😀',
  'ä'.repeat(300),
  '__proto__',
  'constructor',
] as const;

/** Dates at the edges of what a date type, a calendar or a loop over days copes with. */
const EDGE_DATES = ['9999-12-31', '0000-01-01', '0001-01-01', '1900-02-29', '2024-02-29', '2023-02-29', '2026-13-01', '2026-00-10', '2026-01-32', '2026-1-5', '20260105', '275760-09-13', '-000001-01-01', '2026-03-29T01:30:00Z', '2026-10-25', 'today'] as const;

const EDGE_TIMES = ['00:00', '23:59', '24:00', '7:00', '07:60', '25:00', '12:00:00', '-01:00', '12h00'] as const;

const EDGE_NUMBERS = [0, -0, -1, 1, 0.5, -0.25, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 2 ** 53 + 2, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e21] as const;

/** Long enough to pass a b-tree's largest index row (2,704 bytes), then far past a body limit. */
const HUGE_LENGTHS = [2_800, 9_000, 90_000, 200_000] as const;

/** Characters PostgreSQL or a driver cannot store in text: the commonest cause of a 500 on input. */
const UNSTORABLE = ['\u0000', 'a\u0000b', '\uD800', 'x\uDFFFy', '\uDC00\uD800'] as const;

export function hostileString(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...UNSTORABLE) },
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...HUGE_LENGTHS).chain((length) => fc.constantFrom('x', 'é', '😀', '\u0000').map((unit) => unit.repeat(Math.ceil(length / unit.length)))) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constantFrom(...EDGE_DATES, ...EDGE_TIMES) },
  );
}

/** A JSON value nested `depth` deep, arrays or objects. */
export function deeplyNested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** Any value in place of a field: a wrong type, an edge, or something huge or deep. */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: hostileString() },
    { weight: 3, arbitrary: fc.constantFrom<unknown>(...EDGE_NUMBERS) },
    { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], { '': null }) },
    { weight: 1, arbitrary: fc.constantFrom(50, 400).chain((depth) => fc.constantFrom<'array' | 'object'>('array', 'object').map((kind) => deeplyNested(depth, kind))) },
    { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 8 }), { minLength: 200, maxLength: 2_000 }) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
}

/** A real calendar day near `today`, so requests reach the logic behind the validation. */
export function dateString(today: IsoDate): fc.Arbitrary<string> {
  return fc.integer({ min: -400, max: 400 }).map((days) => addDays(today, days));
}

/** A date at an edge, or not quite a date: for a date field gone wrong. */
export function edgeDate(today: IsoDate): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...EDGE_DATES) },
    { weight: 1, arbitrary: fc.integer({ min: -60, max: 60 }).map((days) => `${addDays(today, days)}T${days % 2 === 0 ? '10:00:00Z' : '23:30:00+01:00'}`) },
  );
}

export function timeString(): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
}

export function edgeTime(): fc.Arbitrary<string> {
  return fc.constantFrom(...EDGE_TIMES);
}

/** A v4-shaped random UUID, or the two UUIDs zod accepts beyond the versions (nil and max). */
export function randomUuid(): fc.Arbitrary<string> {
  return fc.oneof({ weight: 6, arbitrary: fc.uuid({ version: 4 }) }, { weight: 1, arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff') });
}

/** A path or id value that is not a UUID at all. */
export function notAUuid(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom('1', '0', '-1', 'me', 'null', '00000000-0000-0000-0000-00000000000', '00000000-0000-0000-0000-0000000000000', 'ZZZZZZZZ-0000-4000-8000-000000000000', '{00000000-0000-4000-8000-000000000000}'),
    hostileString().filter((value) => value.length < 10_000),
  );
}
