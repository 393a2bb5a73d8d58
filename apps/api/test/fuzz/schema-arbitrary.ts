import { type IsoDate } from '@recordroom/calendar';
import fc from 'fast-check';
import { type JsonSchema } from '../support/openapi-operations.js';
import { fieldKind, type ResourceKind } from '../support/resource-kinds.js';
import { dateString, edgeDate, edgeTime, hostileValue, notAUuid, randomUuid, timeString } from './hostile-values.js';

/** Where generated values come from besides the schema: the ids, dates and accounts that exist. */
export interface ValueSources {
  today: IsoDate;
  /** Ids that exist in the database, of one kind (every kind when undefined). */
  idsOf(kind: ResourceKind | undefined): readonly string[];
  /** Ids of the callers' own trust, which most callers can reach. */
  homeIdsOf(kind: ResourceKind): readonly string[];
  /** Addresses the fuzzer may try to sign in with: never a calling account's, which would lock it out. */
  emails: readonly string[];
  passwords: readonly string[];
}

export interface ShapeOptions {
  /** Weight of a hostile value against 10 for a well-shaped one, at every field; 0 for valid-shaped values. */
  hostileWeight: number;
}

const VALID: ShapeOptions = { hostileWeight: 0 };
const MAX_DEPTH = 6;

const isDateField = (name: string): boolean => /(^date$|Date$|^from$|^to$|On$|At$)/.test(name);
const isTimeField = (name: string): boolean => /^(start|end)(Time)?$/.test(name);
const isIdField = (schema: JsonSchema, name: string): boolean => schema.format === 'uuid' || fieldKind(name) !== undefined || name === 'id' || name === 'entityId';

/**
 * A wrong value for one field, chosen for what the field holds: an edge date for a date, an
 * impossible time for a time, a non-UUID for an id, a value just past the schema's bounds, or
 * anything hostile.
 */
export function brokenValue(schema: JsonSchema, name: string, sources: ValueSources): fc.Arbitrary<unknown> {
  const violations = boundaryViolations(schema);
  const specific = isDateField(name) ? [edgeDate(sources.today)] : isTimeField(name) ? [edgeTime()] : isIdField(schema, name) ? [notAUuid()] : [];
  return fc.oneof(...[...specific, ...specific, ...(violations.length > 0 ? [fc.constantFrom(...violations)] : []), hostileValue(), hostileValue()]);
}

/**
 * A fast-check arbitrary for values of a JSON Schema (the shapes zod's toJSONSchema writes):
 * valid-shaped values, with existing ids in id fields, real dates in date fields and times in
 * time fields (the schema says only "string" for those), and boundary values. With a hostile
 * weight, any field may instead be a wrong type, an edge value, a value just past its bounds,
 * missing, or joined by an unknown field.
 */
export function schemaArbitrary(schema: JsonSchema, name: string, sources: ValueSources, options: ShapeOptions = VALID, depth = 0): fc.Arbitrary<unknown> {
  const shaped = wellShaped(schema, name, sources, options, depth);
  if (options.hostileWeight === 0) return shaped;
  return fc.oneof({ weight: 10, arbitrary: shaped }, { weight: options.hostileWeight, arbitrary: brokenValue(schema, name, sources) });
}

function wellShaped(schema: JsonSchema, name: string, sources: ValueSources, options: ShapeOptions, depth: number): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.jsonValue({ maxDepth: 1 });
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return fc.constantFrom(...(schema.enum as unknown[]));
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(alternatives) && alternatives.length > 0) {
    return fc.oneof(...alternatives.map((alternative) => schemaArbitrary(alternative, name, sources, options, depth + 1)));
  }
  if (Array.isArray(schema.type)) {
    return fc.oneof(...(schema.type as string[]).map((type) => wellShaped({ ...schema, type }, name, sources, options, depth)));
  }
  switch (schema.type) {
    case 'object':
      return objectOf(schema, sources, options, depth);
    case 'array': {
      const items = (schema.items ?? {}) as JsonSchema;
      const minLength = numberOr(schema.minItems, 0);
      return fc.array(schemaArbitrary(items, name, sources, options, depth + 1), { minLength, maxLength: Math.max(minLength, Math.min(numberOr(schema.maxItems, 4), 4)) });
    }
    case 'string':
      return stringOf(schema, name, sources);
    case 'integer':
    case 'number':
      return numberOf(schema, name);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectOf(schema: JsonSchema, sources: ValueSources, options: ShapeOptions, depth: number): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = ((schema.required ?? []) as string[]).filter((key) => key in properties);
  const model = Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, schemaArbitrary(property, key, sources, options, depth + 1)]));
  const complete = fc.record(model, { requiredKeys: required });
  if (options.hostileWeight === 0) return complete.map(inDateOrder);
  return fc
    .tuple(fc.oneof({ weight: 8, arbitrary: complete }, { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) }), fc.option(unknownField(), { freq: 6 }))
    .map(([value, extra]) => (extra === null ? value : withOwnField(value, extra[0], extra[1])));
}

const DATE_PAIRS = [
  ['startDate', 'endDate'],
  ['from', 'to'],
] as const;

/** A valid-shaped object's date ranges the right way round: a range ending before it starts is refused before anything else is tried. */
export function inDateOrder<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const fields = value as Record<string, unknown>;
  const swapped = { ...fields };
  for (const [start, end] of DATE_PAIRS) {
    const [a, b] = [fields[start], fields[end]];
    if (typeof a === 'string' && typeof b === 'string' && a > b) [swapped[start], swapped[end]] = [b, a];
  }
  return swapped as T;
}

function unknownField(): fc.Arbitrary<[string, unknown]> {
  return fc.tuple(fc.constantFrom('unexpected', '__proto__', 'constructor', 'organisationId', 'id', 'role', 'status', 'version', ''), fc.oneof(fc.constantFrom<unknown>('admin', 1, null, { polluted: true }), hostileValue()));
}

/** Sets a key as an own property, so '__proto__' is serialised instead of replacing the prototype. */
function withOwnField(value: unknown, key: string, field: unknown): unknown {
  const copy = { ...(value as Record<string, unknown>) };
  Object.defineProperty(copy, key, { value: field, enumerable: true, configurable: true, writable: true });
  return copy;
}

function stringOf(schema: JsonSchema, name: string, sources: ValueSources): fc.Arbitrary<string> {
  if (isIdField(schema, name)) return existingOrRandomId(sources, fieldKind(name));
  if (schema.format === 'email' || /email/i.test(name)) return fc.oneof(fc.constantFrom(...sources.emails), fc.emailAddress());
  if (/password/i.test(name)) return fc.oneof(fc.constantFrom(...sources.passwords), fc.string({ minLength: 1, maxLength: 30 }));
  if (isDateField(name)) return dateString(sources.today);
  if (isTimeField(name)) return timeString();
  const minLength = numberOr(schema.minLength, 0);
  const maxLength = Math.max(minLength, Math.min(numberOr(schema.maxLength, 40), 60));
  const pattern = typeof schema.pattern === 'string' ? safeRegExp(schema.pattern) : undefined;
  const inBounds = pattern ? fc.stringMatching(pattern).filter((value) => value.length >= minLength && value.length <= maxLength) : fc.string({ minLength, maxLength });
  const bounds = pattern ? [] : [minLength, numberOr(schema.maxLength, maxLength)].map((length) => 'R'.repeat(length));
  return bounds.length > 0 ? fc.oneof({ weight: 5, arbitrary: inBounds }, { weight: 1, arbitrary: fc.constantFrom(...bounds) }) : inBounds;
}

/** Mostly an id of the callers' trust (of the field's kind where known), sometimes another trust's, or one that does not exist. */
export function existingOrRandomId(sources: ValueSources, kind: ResourceKind | undefined): fc.Arbitrary<string> {
  const home = kind === undefined ? [] : sources.homeIdsOf(kind);
  const existing = sources.idsOf(kind);
  return fc.oneof(
    ...(home.length > 0 ? [{ weight: 5, arbitrary: fc.constantFrom(...home) }] : []),
    ...(existing.length > 0 ? [{ weight: 2, arbitrary: fc.constantFrom(...existing) }] : []),
    { weight: 1, arbitrary: randomUuid() },
  );
}

function numberOf(schema: JsonSchema, name: string): fc.Arbitrary<number> {
  const integer = schema.type === 'integer';
  const min = numberOr(schema.minimum, numberOr(schema.exclusiveMinimum, -1_000));
  const max = numberOr(schema.maximum, numberOr(schema.exclusiveMaximum, 1_000));
  const step = numberOr(schema.multipleOf, integer ? 1 : 0);
  // Versions are small in a fresh database, so small numbers often match the current one.
  const usualMax = /version$/i.test(name) ? Math.min(max, min + 6) : Math.min(max, min + 1_000);
  const usual = step > 0 ? fc.integer({ min: Math.ceil(min / step), max: Math.floor(usualMax / step) }).map((n) => n * step) : fc.double({ min, max: usualMax, noNaN: true, noDefaultInfinity: true });
  return fc.oneof({ weight: 6, arbitrary: usual }, { weight: 1, arbitrary: fc.constantFrom(min, max) });
}

/** Values just past what the schema allows: the first a validator must refuse. */
function boundaryViolations(schema: JsonSchema): unknown[] {
  const out: unknown[] = [];
  if (typeof schema.maxLength === 'number') out.push('M'.repeat(schema.maxLength + 1));
  if (typeof schema.minLength === 'number' && schema.minLength > 0) out.push('m'.repeat(schema.minLength - 1));
  if (typeof schema.maximum === 'number') out.push(schema.maximum + 1);
  if (typeof schema.minimum === 'number') out.push(schema.minimum - 1);
  if (typeof schema.multipleOf === 'number') out.push(schema.multipleOf / 3);
  if (schema.type === 'integer') out.push(1.5);
  if (typeof schema.maxItems === 'number') out.push(Array.from({ length: schema.maxItems + 1 }, () => (schema.items as JsonSchema | undefined)?.enum instanceof Array ? ((schema.items as JsonSchema).enum as unknown[])[0] : 'x'));
  if (Array.isArray(schema.enum)) out.push(`${String(schema.enum[0])} `, String(schema.enum[0]).toUpperCase());
  return out;
}

/** An example body as a schema: its fields' types, so an undocumented body is fuzzed like a documented one. */
export function schemaOfExample(example: unknown): JsonSchema {
  if (example === null) return { type: 'null' };
  if (Array.isArray(example)) return { type: 'array', items: example.length > 0 ? schemaOfExample(example[0]) : {} };
  switch (typeof example) {
    case 'object': {
      const entries = Object.entries(example as Record<string, unknown>);
      return { type: 'object', properties: Object.fromEntries(entries.map(([key, value]) => [key, { anyOf: [{ const: value }, schemaOfExample(value)] }])), required: entries.map(([key]) => key) };
    }
    case 'string':
      return { type: 'string', maxLength: Math.max(20, example.length * 2) };
    case 'number':
      return { type: Number.isInteger(example) ? 'integer' : 'number', minimum: 0, maximum: 10_000 };
    case 'boolean':
      return { type: 'boolean' };
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      break;
  }
  return {};
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}
