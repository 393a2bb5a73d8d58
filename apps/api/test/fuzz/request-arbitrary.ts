import fc from 'fast-check';
import { KPI_IMPORTS } from '../support/kpi-bodies.js';
import { type ApiOperation, type JsonSchema, type OperationParameter } from '../support/openapi-operations.js';
import { percentEncode } from '../support/raw-request.js';
import { pathParameterKind } from '../support/resource-kinds.js';
import { hostileString, hostileValue, notAUuid, randomUuid } from './hostile-values.js';
import { brokenValue, existingOrRandomId, inDateOrder, schemaArbitrary, schemaOfExample, type ValueSources } from './schema-arbitrary.js';

/** Who sends a request: the fuzzer holds a session for each signed-in caller. */
const FUZZ_CALLERS = ['admin', 'manager', 'officer', 'senior', 'staff', 'anonymous', 'other-trust-admin'] as const;
export type FuzzCaller = (typeof FUZZ_CALLERS)[number];

/** A generated request, before the caller's session cookie is added. */
export interface FuzzRequest {
  caller: FuzzCaller;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** How the body was made, for the failure report: 'json', 'form', 'malformed-json', ... */
  encoding: string;
}

/**
 * Bodies the OpenAPI document does not describe (the single KPI events take `unknown` and are
 * validated by the import's line validator): an example of each, whose inferred shape is fuzzed
 * like a documented schema. A route missing here with no documented body gets any JSON.
 */
export const UNDOCUMENTED_BODIES: Readonly<Record<string, () => unknown>> = Object.fromEntries(
  KPI_IMPORTS.map(({ path, event }) => [
    `POST /api/kpi/events/${path}`,
    // A subject access request with a pause, so the pause's dates are fuzzed too.
    path === 'subject-access-requests' ? () => ({ ...(event() as object), pauses: [{ from: '2026-02-03', to: '2026-02-10' }] }) : event,
  ]),
);
export const CSV_FILES: Readonly<Record<string, () => string>> = Object.fromEntries(KPI_IMPORTS.map(({ path, csv }) => [`POST /api/kpi/imports/${path}`, csv]));

const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/** Every request the fuzzer may send to one operation: its path, query, headers and body, by any caller. */
export function requestArbitrary(operation: ApiOperation, sources: ValueSources): fc.Arbitrary<FuzzRequest> {
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  const queryParameters = operation.parameters.filter((p) => p.in === 'query');
  const headerParameters = operation.parameters.filter((p) => p.in === 'header');
  return fc
    .record({
      caller: callerArbitrary(operation),
      path: pathArbitrary(operation, pathParameters, sources),
      query: queryArbitrary(queryParameters, sources),
      headers: headerArbitrary(headerParameters, sources),
      body: bodyArbitrary(operation, sources),
    })
    .map(({ caller, path, query, headers, body }) => ({
      caller,
      method: operation.method,
      url: query === '' ? path : `${path}?${query}`,
      headers: { ...headers, ...body.headers },
      ...(body.body === undefined ? {} : { body: body.body }),
      encoding: body.encoding,
    }));
}

/** Mostly callers the route lets in (their requests reach the logic), sometimes any other. */
function callerArbitrary(operation: ApiOperation): fc.Arbitrary<FuzzCaller> {
  const admitted = (caller: FuzzCaller): boolean => operation.isPublic || (caller !== 'anonymous' && (operation.roles ?? []).includes(caller === 'other-trust-admin' ? 'admin' : caller));
  return fc.oneof(...FUZZ_CALLERS.map((caller) => ({ weight: admitted(caller) ? 4 : 1, arbitrary: fc.constant(caller) })));
}

function pathArbitrary(operation: ApiOperation, parameters: OperationParameter[], sources: ValueSources): fc.Arbitrary<string> {
  const values = parameters.map((parameter) => {
    const kind = pathParameterKind(operation.path, parameter.name);
    return fc.oneof({ weight: 8, arbitrary: existingOrRandomId(sources, kind) }, { weight: 1, arbitrary: randomUuid() }, { weight: 1, arbitrary: notAUuid().map((value) => value.slice(0, 3_000)) });
  });
  return fc.tuple(...values).map((chosen) =>
    parameters.reduce((path, parameter, i) => path.replace(new RegExp(`:${parameter.name}(?=[./]|$)`), percentEncode(String(chosen[i]))), operation.path),
  );
}

/**
 * name=value pairs; an array repeats the name and an object becomes qs brackets, as a browser or
 * a script may send. Like a body: valid-shaped, or with one parameter broken, or many.
 */
function queryArbitrary(parameters: OperationParameter[], sources: ValueSources): fc.Arbitrary<string> {
  const model = Object.fromEntries(parameters.map((p) => [p.name, schemaArbitrary(p.schema, p.name, sources)]));
  const required = parameters.filter((p) => p.required).map((p) => p.name);
  const valid = fc.record(model, { requiredKeys: required }).map(inDateOrder);
  const manyBroken = fc.record(Object.fromEntries(parameters.map((p) => [p.name, schemaArbitrary(p.schema, p.name, sources, { hostileWeight: 3 })])), { requiredKeys: required });
  const duplicated = fc.constantFrom<Record<string, unknown>>({ departmentId: ['a', 'b'] }, { from: { gte: '2026-01-01' } }, { page: ['1', '2'] });
  const query = parameters.length === 0
    ? fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: oneFieldBroken(fc.constant({ unexpected: '1' }), sources) })
    : fc.oneof({ weight: 4, arbitrary: valid }, { weight: 5, arbitrary: oneFieldBroken(valid, sources) }, { weight: 1, arbitrary: manyBroken }, { weight: 1, arbitrary: fc.tuple(valid, duplicated).map(([v, d]) => ({ ...(v as object), ...d })) });
  // One broken field of an empty query is a lone value: send it as the first parameter.
  const asObject = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { [parameters[0]?.name ?? 'unexpected']: value });
  return query.map((value) =>
    Object.entries(asObject(value))
      .flatMap(([name, item]) => queryPairs(name, shortEnoughForAUrl(item)))
      .map(([name, item]) => `${percentEncode(name).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${percentEncode(item)}`)
      .join('&'),
  );
}

/** Node answers 431 to a request line past 16 kB before the app sees it: keep most values well under. */
function shortEnoughForAUrl<T>(value: T): T {
  return typeof value === 'string' && value.length > 3_000 && value.length !== 9_000 ? (value.slice(0, 3_000) as T) : value;
}

export function queryPairs(name: string, value: unknown, depth = 0): [string, string][] {
  if (depth > 3) return [[name, JSON.stringify(value) ?? '']];
  if (Array.isArray(value)) return value.slice(0, 50).flatMap((item) => queryPairs(name, item, depth + 1));
  if (value !== null && typeof value === 'object') return Object.entries(value).slice(0, 20).flatMap(([key, item]) => queryPairs(`${name}[${key}]`, item, depth + 1));
  return [[name, String(value)]];
}

/** Header values Node will put on the wire: Latin-1 without control characters. */
function headerArbitrary(parameters: OperationParameter[], sources: ValueSources): fc.Arbitrary<Record<string, string>> {
  const entries = parameters.map((parameter) =>
    fc
      .option(schemaArbitrary(parameter.schema, parameter.name, sources, { hostileWeight: 3 }), { freq: 2 })
      .map((value): [string, string][] => (value === null ? [] : [[parameter.name, (typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).replace(/[^\t\x20-\x7e\xa0-\xff]/g, '').slice(0, 20_000)]])),
  );
  return fc.tuple(...entries).map((chosen) => Object.fromEntries(chosen.flat()));
}

interface Body {
  headers: Record<string, string>;
  body?: string;
  encoding: string;
}

function bodyArbitrary(operation: ApiOperation, sources: ValueSources): fc.Arbitrary<Body> {
  const csv = operation.body['text/csv'] !== undefined ? CSV_FILES[operation.route] ?? (() => 'a,b\n1,2\n') : undefined;
  if (csv) return fc.oneof({ weight: 6, arbitrary: csvBody(csv) }, { weight: 2, arbitrary: wrongBody(fc.jsonValue({ maxDepth: 2 })) });
  const documented = operation.body['application/json'];
  const example = UNDOCUMENTED_BODIES[operation.route];
  const schema: JsonSchema | undefined = documented ?? (example ? schemaOfExample(example()) : undefined);
  if (schema) {
    const valid = schemaArbitrary(schema, '(body)', sources);
    const mutated = schemaArbitrary(schema, '(body)', sources, { hostileWeight: 1 });
    return fc.oneof(
      { weight: 4, arbitrary: valid.map(json) },
      { weight: 5, arbitrary: oneFieldBroken(valid, sources).map(json) },
      { weight: 2, arbitrary: mutated.map(json) },
      { weight: 1, arbitrary: hostileValue().map(json) },
      { weight: 2, arbitrary: wrongBody(valid) },
    );
  }
  if (WRITES.has(operation.method)) return fc.oneof({ weight: 3, arbitrary: fc.constant(none()) }, { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map(json) }, { weight: 1, arbitrary: wrongBody(hostileValue()) });
  return fc.oneof({ weight: 9, arbitrary: fc.constant(none()) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map(json) });
}

/**
 * A valid-shaped value with exactly one thing wrong: a field (at any depth) replaced by a hostile
 * value, or removed, or an unknown one added. One fault at a time gets past every other check,
 * so it reaches the code (or the database) that mishandles it.
 */
function oneFieldBroken(valid: fc.Arbitrary<unknown>, sources: ValueSources): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.nat(), fc.constantFrom('replace', 'replace', 'replace', 'remove', 'add')).chain(([value, n, how]) => {
    const paths = fieldPaths(value);
    const path = paths[n % Math.max(1, paths.length)];
    const field = [...(path ?? [])].reverse().find((key): key is string => typeof key === 'string') ?? '';
    return brokenValue({}, field, sources).map((broken) => {
      if (path === undefined) return broken;
      return editAt(value, path, how === 'replace' ? { set: broken } : how === 'remove' ? 'remove' : { add: broken });
    });
  });
}

/** Every path to a field or item of a value: [['name'], ['skillMix', 0, 'skill'], ...]. */
export function fieldPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...prefix, i], ...fieldPaths(item, [...prefix, i])]);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...fieldPaths(item, [...prefix, key])]);
  return [];
}

export function editAt(value: unknown, path: (string | number)[], edit: { set: unknown } | { add: unknown } | 'remove'): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(value)) {
    const items = [...(value as unknown[])];
    const at = Number(head);
    if (rest.length > 0) items[at] = editAt(items[at], rest, edit);
    else if (edit === 'remove') items.splice(at, 1);
    else items[at] = 'set' in edit ? edit.set : edit.add;
    return items;
  }
  const fields = { ...(value as Record<string, unknown>) };
  const key = String(head);
  if (rest.length > 0) fields[key] = editAt(fields[key], rest, edit);
  else if (edit === 'remove') delete fields[key];
  else if ('set' in edit) fields[key] = edit.set;
  else fields[`${key}Extra`] = edit.add;
  return fields;
}

function none(): Body {
  return { headers: {}, encoding: 'none' };
}

function json(value: unknown): Body {
  return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) ?? 'null', encoding: 'json' };
}

/** The right body in the wrong wrapping: another content type, broken or empty JSON, or JSON too deep to parse politely. */
function wrongBody(value: fc.Arbitrary<unknown>): fc.Arbitrary<Body> {
  return fc.tuple(value, fc.constantFrom('form', 'text', 'csv', 'no-type', 'empty-json', 'malformed-json', 'deep-json', 'utf16-json', 'multipart')).map(([v, encoding]): Body => {
    const text = JSON.stringify(v) ?? 'null';
    switch (encoding) {
      case 'form':
        return { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: formEncoded(v), encoding };
      case 'text':
        return { headers: { 'content-type': 'text/plain' }, body: text, encoding };
      case 'csv':
        return { headers: { 'content-type': 'text/csv' }, body: text, encoding };
      case 'no-type':
        return { headers: {}, body: text, encoding };
      case 'empty-json':
        return { headers: { 'content-type': 'application/json' }, body: '', encoding };
      case 'malformed-json':
        return { headers: { 'content-type': 'application/json' }, body: text.slice(0, Math.max(1, text.length - 1)) + ',', encoding };
      case 'deep-json':
        return { headers: { 'content-type': 'application/json' }, body: `${'['.repeat(20_000)}1${']'.repeat(20_000)}`, encoding };
      case 'utf16-json':
        return { headers: { 'content-type': 'application/json; charset=utf-16' }, body: text, encoding };
      case 'multipart':
        return { headers: { 'content-type': 'multipart/form-data; boundary=X' }, body: `--X\r\nContent-Disposition: form-data; name="body"\r\n\r\n${text}\r\n--X--\r\n`, encoding };
    }
  });
}

export function formEncoded(value: unknown): string {
  if (value === null || typeof value !== 'object') return `value=${percentEncode(String(value))}`;
  return Object.entries(value)
    .map(([key, item]) => `${percentEncode(key)}=${percentEncode(typeof item === 'object' ? JSON.stringify(item) : String(item))}`)
    .join('&');
}

/**
 * A CSV file: the valid example, or it with lines broken the ways exports break: a field made
 * hostile, a missing or extra column, an unbalanced quote, a BOM, CRLF, a repeated line, many
 * lines, or only a header.
 */
function csvBody(example: () => string): fc.Arbitrary<Body> {
  const file = fc.constant(null).map(() => example());
  const edit = fc.constantFrom('none', 'field', 'missing-column', 'extra-column', 'quote', 'bom-crlf', 'repeat', 'many', 'header-only', 'empty', 'nul');
  return fc.tuple(file, edit, hostileString(), fc.nat()).map(([text, how, hostile, n]): Body => {
    const [header = '', ...lines] = text.trimEnd().split('\n');
    const line = lines[0] ?? '';
    const fields = line.split(',');
    const at = fields.length > 0 ? n % fields.length : 0;
    const edited = ((): string => {
      switch (how) {
        case 'field':
          return [header, fields.map((f, i) => (i === at ? hostile : f)).join(',')].join('\n');
        case 'missing-column':
          return [header, fields.filter((_, i) => i !== at).join(',')].join('\n');
        case 'extra-column':
          return [header, `${line},${hostile}`].join('\n');
        case 'quote':
          return [header, fields.map((f, i) => (i === at ? `"${f}` : f)).join(',')].join('\n');
        case 'bom-crlf':
          return `\uFEFF${[header, line].join('\r\n')}`;
        case 'repeat':
          return [header, line, line].join('\n');
        case 'many':
          return [header, ...Array.from({ length: 500 }, (_, i) => fields.map((f, j) => (j === 0 ? `${f}-${i}` : f)).join(','))].join('\n');
        case 'header-only':
          return header;
        case 'empty':
          return '';
        case 'nul':
          return [header, `${line}\u0000`].join('\n');
        case 'none':
          return text.trimEnd();
      }
    })();
    return { headers: { 'content-type': 'text/csv' }, body: `${edited}\n`, encoding: `csv:${how}` };
  });
}
