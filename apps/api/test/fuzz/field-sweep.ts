import { addDays, type IsoDate } from '@recordroom/calendar';
import fc from 'fast-check';
import { type ApiOperation, type JsonSchema } from '../support/openapi-operations.js';
import { percentEncode } from '../support/raw-request.js';
import { pathParameterKind, type ResourceKind } from '../support/resource-kinds.js';
import { deeplyNested } from './hostile-values.js';
import { CSV_FILES, UNDOCUMENTED_BODIES, editAt, fieldPaths, formEncoded, queryPairs, type FuzzCaller, type FuzzRequest } from './request-arbitrary.js';
import { existingOrRandomId, inDateOrder, schemaArbitrary, schemaOfExample, type ValueSources } from './schema-arbitrary.js';

/** How many of a field's hostile values the sweep sends: one (rotating with the seed) or all. */
export type SweepDepth = 'one per field' | 'all per field';

/** Callers tried first for a sweep's requests: the first one the route lets in sends them. */
const SWEEP_CALLERS: readonly FuzzCaller[] = ['manager', 'admin', 'officer', 'staff', 'senior'];
const MAX_BODY_FIELDS = 40;

/**
 * A systematic pass where random generation is thin: one valid-shaped request per operation,
 * then that request again with one field at a time (path parameter, query parameter, body field
 * at any depth, CSV column) replaced by the values that break code most often, and the valid body
 * sent form-encoded and as text/plain. Every field of every operation gets a NUL, a lone
 * surrogate, an edge date or a string far past any index row, whoever wrote the route.
 */
export function sweepRequests(operation: ApiOperation, sources: ValueSources, seed: number, depth: SweepDepth): FuzzRequest[] {
  const caller = sweepCaller(operation);
  if (caller === undefined) return [];
  const [full] = fc.sample(validParts(operation, sources), { seed, numRuns: 1 });
  if (!full) return [];
  // Each field is broken in the smallest valid request (required fields only) with that one
  // field added: optional fields that constrain each other (times on a one-day absence) do not
  // refuse it first.
  const requiredQuery = new Set(operation.parameters.filter((p) => p.in === 'query' && p.required).map((p) => p.name));
  const requiredBody = new Set(((bodySchemaOf(operation)?.required ?? []) as string[]));
  const minimal = (keep?: string): Parts => ({
    path: full.path,
    query: Object.fromEntries(Object.entries(full.query).filter(([key]) => requiredQuery.has(key) || key === keep)),
    body: full.body.kind === 'json' && isRecord(full.body.value) ? { kind: 'json', value: Object.fromEntries(Object.entries(full.body.value).filter(([key]) => requiredBody.has(key) || key === keep)) } : full.body,
  });
  const base = minimal();
  // One per field rotates between each field's two likeliest breakers.
  const pick = <T>(values: T[], i: number): T[] => (depth === 'all per field' ? values : [values[(seed + i) % Math.min(2, values.length)] as T]);
  const variants: { parts: Parts; encoding: string; swept?: string; last: boolean }[] = [];
  // On the rota, every request of the sweep takes a week of its own, so one that was accepted
  // (a leave request) does not make the next refused as an overlap before its edge value is read;
  // those ending in 9999 go last, as their range covers every later week.
  let week = 0;
  const ownWeek = (parts: Parts, swept?: string): Parts =>
    operation.path.startsWith('/api/rota/') && parts.body.kind === 'json' ? { ...parts, body: { kind: 'json', value: inFreeWeeks(parts.body.value, sources.today, (week += 1), swept) } } : parts;
  const send = (parts: Parts, encoding: string, value?: unknown, swept?: string): void => {
    variants.push({ parts, encoding: value === HUGE ? `${encoding} ${HUGE_MARK}` : encoding, ...(swept === undefined ? {} : { swept }), last: value === '9999-12-31' });
  };
  let i = 0;
  for (const name of Object.keys(base.path)) {
    for (const value of pick(valuesFor(name, base.path[name], 'url'), (i += 1))) send({ ...base, path: { ...base.path, [name]: String(value) } }, `sweep:path.${name}`);
  }
  for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
    const around = minimal(parameter.name);
    for (const value of pick(valuesFor(parameter.name, full.query[parameter.name], 'url'), (i += 1))) send({ ...around, query: { ...around.query, [parameter.name]: value } }, `sweep:query.${parameter.name}`);
  }
  if (full.body.kind === 'json') {
    for (const path of fieldPaths(full.body.value).slice(0, MAX_BODY_FIELDS)) {
      const around = minimal(typeof path[0] === 'string' ? path[0] : undefined);
      const body = around.body.kind === 'json' ? around.body.value : full.body.value;
      const name = [...path].reverse().find((key): key is string => typeof key === 'string') ?? '';
      const current = path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], body);
      for (const value of pick(valuesFor(name, current, 'body'), (i += 1))) send({ ...around, body: { kind: 'json', value: editAt(body, path, { set: value }) } }, `sweep:body.${path.join('.')}`, value, typeof path[0] === 'string' ? path[0] : undefined);
    }
  } else if (base.body.kind === 'csv') {
    const [header = '', line = ''] = base.body.text.trimEnd().split('\n');
    const fields = line.split(',');
    const columns = header.split(',');
    fields.forEach((field, column) => {
      for (const value of pick(valuesFor(columns[column] ?? '', field, 'csv'), (i += 1))) {
        send({ ...base, body: { kind: 'raw', type: 'text/csv', text: `${header}\n${fields.map((f, j) => (j === column ? String(value) : f)).join(',')}\n` } }, `sweep:csv.${columns[column] ?? column}`, value);
      }
    });
  }
  // The valid body form-encoded and as text/plain first: sent after the JSON one, a form body the
  // route wrongly accepts could be refused only as a duplicate of it.
  const wrapped = (encoding: string, type: string, text: (value: unknown) => string): FuzzRequest[] => {
    const own = ownWeek(base);
    return own.body.kind === 'json' ? [toRequest(operation, caller, { ...own, body: { kind: 'raw', type, text: text(own.body.value) } }, encoding)] : [];
  };
  return [
    ...wrapped('sweep:form', 'application/x-www-form-urlencoded', formEncoded),
    ...wrapped('sweep:text', 'text/plain', (value) => JSON.stringify(value) ?? ''),
    toRequest(operation, caller, ownWeek(base), 'sweep:valid'),
    ...[...variants].sort((a, b) => Number(a.last) - Number(b.last)).map((v) => toRequest(operation, caller, ownWeek(v.parts, v.swept), v.encoding)),
  ];
}

/**
 * A valid-shaped request about a record just created (its id in the path, its version in the
 * body): so what a create accepted is then read, decided, published or deleted, where an edge
 * value it stored may break later code (a leave request ending in 9999 is stored, then checked).
 */
export function followUpRequest(operation: ApiOperation, sources: ValueSources, seed: number, created: { kind: ResourceKind; id: string; version?: number }): FuzzRequest | undefined {
  const caller = sweepCaller(operation);
  const [base] = fc.sample(validParts(operation, sources), { seed, numRuns: 1 });
  if (caller === undefined || !base) return undefined;
  const parameter = operation.parameters.find((p) => p.in === 'path' && pathParameterKind(operation.path, p.name) === created.kind);
  if (!parameter) return undefined;
  const body = base.body.kind === 'json' && created.version !== undefined && isRecord(base.body.value) && 'version' in base.body.value ? { kind: 'json' as const, value: { ...base.body.value, version: created.version } } : base.body;
  return toRequest(operation, caller, { ...base, path: { ...base.path, [parameter.name]: created.id }, body }, 'follow-up');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function sweepCaller(operation: ApiOperation): FuzzCaller | undefined {
  return operation.isPublic ? 'anonymous' : SWEEP_CALLERS.find((c) => (operation.roles ?? []).includes(c as Exclude<FuzzCaller, 'anonymous' | 'other-trust-admin'>));
}

type PartsBody = { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'csv'; text: string } | { kind: 'raw'; type: string; text: string };

interface Parts {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: PartsBody;
}

/** A valid-shaped request: ids of the callers' own trust, every query parameter, a valid-shaped body. */
function validParts(operation: ApiOperation, sources: ValueSources): fc.Arbitrary<Parts> {
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  const path = fc.tuple(...pathParameters.map((p) => homeId(sources, pathParameterKind(operation.path, p.name)))).map((values) => Object.fromEntries(pathParameters.map((p, i) => [p.name, values[i] ?? ''])));
  const queryParameters = operation.parameters.filter((p) => p.in === 'query');
  const query = fc.record(Object.fromEntries(queryParameters.map((p) => [p.name, schemaArbitrary(p.schema, p.name, sources)])), { requiredKeys: queryParameters.filter((p) => p.required).map((p) => p.name) }).map(inDateOrder);
  const csv = operation.body['text/csv'] !== undefined ? CSV_FILES[operation.route] : undefined;
  const schema = bodySchemaOf(operation);
  // An undocumented body's example is valid as it stands: a shape inferred from it is not (its dates must be past).
  const example = UNDOCUMENTED_BODIES[operation.route];
  const body: fc.Arbitrary<PartsBody> = csv
    ? fc.constant(null).map(() => ({ kind: 'csv', text: csv() }))
    : example
      ? fc.constant(null).map(() => ({ kind: 'json', value: example() }))
      : schema
        ? schemaArbitrary(schema, '(body)', sources).map((value) => ({ kind: 'json', value }))
        : fc.constant({ kind: 'none' });
  const parts = fc.record({ path, query, body });
  return operation.path.startsWith('/api/rota/') ? parts.map((p) => ({ ...p, query: inFreeWeeks(p.query, sources.today, 0) })) : parts;
}

/**
 * Rota dates moved past everything seeded (a rota period cannot start in the past, and leave
 * that overlaps the seeded leave is refused before an edge value in it is stored): a week of
 * the sweep's own, start to end in order.
 */
function inFreeWeeks<T>(value: T, today: IsoDate, week: number, except?: string): T {
  if (!isRecord(value)) return value;
  const start = addDays(today, 7 * (60 + week));
  const moved: Record<string, unknown> = { ...value };
  for (const [key, item] of Object.entries(value)) {
    if (key === except || typeof item !== 'string' || !/(^date$|Date$|^from$|^to$)/.test(key)) continue;
    moved[key] = /^(endDate|to)$/.test(key) ? addDays(start, 3) : start;
  }
  return moved as T;
}

/** The JSON body's schema: documented, or inferred from the example of an undocumented one. */
function bodySchemaOf(operation: ApiOperation): JsonSchema | undefined {
  const example = UNDOCUMENTED_BODIES[operation.route];
  return operation.body['application/json'] ?? (example ? schemaOfExample(example()) : undefined);
}

function homeId(sources: ValueSources, kind: ResourceKind | undefined): fc.Arbitrary<string> {
  const home = kind === undefined ? [] : sources.homeIdsOf(kind);
  return home.length > 0 ? fc.constantFrom(...home) : existingOrRandomId(sources, kind);
}

/** Far longer than any field of the product needs: a body or CSV field this long must be refused. */
const HUGE = 'x'.repeat(90_000);
/** How a sweep request with HUGE in it is marked, for the campaign's check. */
export const HUGE_MARK = '(90 kB value)';

/** The values that break a field most often, by what it holds, the likeliest to break first. */
function valuesFor(name: string, current: unknown, where: 'url' | 'body' | 'csv'): unknown[] {
  // A URL past 16 kB is answered 431 by Node before the app sees it.
  const huge = where === 'url' ? 'x'.repeat(3_000) : HUGE;
  const isId = /(^id$|Id$|^token$)/.test(name) || (typeof current === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(current));
  const isDate = /(^date$|Date$|^from$|^to$|On$|At$|_on$|_at$)/.test(name);
  if (isDate) return ['9999-12-31', '0000-01-01', '\u0000', 'x\uD800y', huge];
  if (isId) return ['1', '\u0000', 'x\uD800y', '00000000-0000-4000-8000-000000000000', huge];
  if (typeof current === 'number') return [2 ** 53 + 2, -1, 1.5, '1', 1e308];
  if (typeof current === 'boolean') return ['true', null];
  if (Array.isArray(current)) return [deeplyNested(400, 'array'), ['\u0000'], {}];
  if (current !== null && typeof current === 'object') return [deeplyNested(400, 'object'), [], null];
  return ['\u0000', huge, 'x\uD800y', ''];
}

function toRequest(operation: ApiOperation, caller: FuzzCaller, parts: Parts, encoding: string): FuzzRequest {
  const path = Object.entries(parts.path).reduce((p, [name, value]) => p.replace(new RegExp(`:${name}(?=[./]|$)`), percentEncode(value)), operation.path);
  const query = Object.entries(parts.query)
    .flatMap(([name, value]) => queryPairs(name, value))
    .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
    .join('&');
  const url = query === '' ? path : `${path}?${query}`;
  const body = parts.body;
  switch (body.kind) {
    case 'none':
      return { caller, method: operation.method, url, headers: {}, encoding };
    case 'json':
      return { caller, method: operation.method, url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body.value) ?? 'null', encoding };
    case 'csv':
      return { caller, method: operation.method, url, headers: { 'content-type': 'text/csv' }, body: body.text, encoding };
    case 'raw':
      return { caller, method: operation.method, url, headers: { 'content-type': body.type }, body: body.text, encoding };
  }
}
