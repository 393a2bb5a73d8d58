import fc from 'fast-check';
import { type ApiOperation } from '../support/openapi-operations.js';
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
  const caller = operation.isPublic ? 'anonymous' : SWEEP_CALLERS.find((c) => (operation.roles ?? []).includes(c === 'other-trust-admin' ? 'admin' : (c as Exclude<FuzzCaller, 'anonymous' | 'other-trust-admin'>)));
  if (caller === undefined) return [];
  const [base] = fc.sample(validParts(operation, sources), { seed, numRuns: 1 });
  if (!base) return [];
  const pick = <T>(values: T[], i: number): T[] => (depth === 'all per field' ? values : [values[(seed + i) % values.length] as T]);
  const requests: FuzzRequest[] = [];
  const send = (parts: Parts, encoding: string): void => {
    requests.push(toRequest(operation, caller, parts, encoding));
  };
  let i = 0;
  for (const name of Object.keys(base.path)) {
    for (const value of pick(valuesFor(name, base.path[name], 'url'), (i += 1))) send({ ...base, path: { ...base.path, [name]: String(value) } }, `sweep:path.${name}`);
  }
  for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
    for (const value of pick(valuesFor(parameter.name, base.query[parameter.name], 'url'), (i += 1))) send({ ...base, query: { ...base.query, [parameter.name]: value } }, `sweep:query.${parameter.name}`);
  }
  if (base.body.kind === 'json') {
    const body = base.body.value;
    for (const path of fieldPaths(body).slice(0, MAX_BODY_FIELDS)) {
      const name = [...path].reverse().find((key): key is string => typeof key === 'string') ?? '';
      const current = path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], body);
      for (const value of pick(valuesFor(name, current, 'body'), (i += 1))) send({ ...base, body: { kind: 'json', value: editAt(body, path, { set: value }) } }, `sweep:body.${path.join('.')}`);
    }
  } else if (base.body.kind === 'csv') {
    const [header = '', line = ''] = base.body.text.trimEnd().split('\n');
    const fields = line.split(',');
    const columns = header.split(',');
    fields.forEach((field, column) => {
      for (const value of pick(valuesFor(columns[column] ?? '', field, 'csv'), (i += 1))) {
        send({ ...base, body: { kind: 'raw', type: 'text/csv', text: `${header}\n${fields.map((f, j) => (j === column ? String(value) : f)).join(',')}\n` } }, `sweep:csv.${columns[column] ?? column}`);
      }
    });
  }
  // The valid body form-encoded and as text/plain first: sent after the JSON one, a form body the
  // route wrongly accepts could be refused only as a duplicate of it.
  const wrapped =
    base.body.kind === 'json'
      ? [
          toRequest(operation, caller, { ...base, body: { kind: 'raw', type: 'application/x-www-form-urlencoded', text: formEncoded(base.body.value) } }, 'sweep:form'),
          toRequest(operation, caller, { ...base, body: { kind: 'raw', type: 'text/plain', text: JSON.stringify(base.body.value) ?? '' } }, 'sweep:text'),
        ]
      : [];
  return [...wrapped, toRequest(operation, caller, base, 'sweep:valid'), ...requests];
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
  const documented = operation.body['application/json'];
  const example = UNDOCUMENTED_BODIES[operation.route];
  const schema = documented ?? (example ? schemaOfExample(example()) : undefined);
  const body: fc.Arbitrary<PartsBody> = csv ? fc.constant(null).map(() => ({ kind: 'csv', text: csv() })) : schema ? schemaArbitrary(schema, '(body)', sources).map((value) => ({ kind: 'json', value })) : fc.constant({ kind: 'none' });
  return fc.record({ path, query, body });
}

function homeId(sources: ValueSources, kind: ResourceKind | undefined): fc.Arbitrary<string> {
  const home = kind === undefined ? [] : sources.homeIdsOf(kind);
  return home.length > 0 ? fc.constantFrom(...home) : existingOrRandomId(sources, kind);
}

/** The values that break a field most often, by what it holds. */
function valuesFor(name: string, current: unknown, where: 'url' | 'body' | 'csv'): unknown[] {
  // A URL past 16 kB is answered 431 by Node before the app sees it.
  const huge = 'x'.repeat(where === 'url' ? 3_000 : 90_000);
  const isId = /(^id$|Id$|^token$)/.test(name) || (typeof current === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(current));
  const isDate = /(^date$|Date$|^from$|^to$|On$|At$|_on$|_at$)/.test(name);
  if (isDate) return ['9999-12-31', '0000-01-01', '\u0000', 'x\uD800y', huge];
  if (isId) return ['\u0000', 'x\uD800y', '1', '00000000-0000-4000-8000-000000000000', huge];
  if (typeof current === 'number') return [2 ** 53 + 2, -1, 1.5, '1', 1e308];
  if (typeof current === 'boolean') return ['true', null];
  if (Array.isArray(current)) return [deeplyNested(400, 'array'), ['\u0000'], {}];
  if (current !== null && typeof current === 'object') return [deeplyNested(400, 'object'), [], null];
  return ['\u0000', 'x\uD800y', huge, ''];
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
    default:
      return { caller, method: operation.method, url, headers: { 'content-type': body.type }, body: body.text, encoding };
  }
}
