import { addDays, type IsoDate } from '@recordroom/calendar';
import fc from 'fast-check';
import { CSV_FILES, UNDOCUMENTED_BODIES } from '../fuzz/request-arbitrary.js';
import { schemaOfExample } from '../fuzz/schema-arbitrary.js';
import { type ApiOperation, type JsonSchema } from '../support/openapi-operations.js';
import { percentEncode, type RawRequest } from '../support/raw-request.js';
import { fieldKind, pathParameterKind } from '../support/resource-kinds.js';
import { MATRIX_OVERRIDES, type OverrideContext } from './matrix-bodies.js';
import { FIELD_LEVELS, SCOPE_LEVELS, type Context, type ScopeFixtures, type ScopeLevel, type Target, type TargetKind } from './scope-fixtures.js';

/** A record a request names, where it sits and how far its kind is scoped. */
export interface Reference {
  field: string;
  kind: TargetKind;
  level: ScopeLevel;
  context: Context;
  id: string;
}

export interface MatrixRequest {
  raw: RawRequest;
  references: Reference[];
  /** The targets' cache keys, to arrange afresh if the request may have changed them. */
  targets: { context: Context; kind: TargetKind }[];
}

/**
 * The kind of a path parameter for the matrix: the /me routes' assignment is the caller's own; a
 * route acting on a record in one state names that state's kind in matrix-bodies.ts.
 */
export function matrixParameterKind(operation: ApiOperation, parameter: string): TargetKind | undefined {
  if (operation.path.startsWith('/api/rota/me/') && parameter === 'assignmentId') return 'own assignment';
  return MATRIX_OVERRIDES[operation.route]?.kinds?.[`:${parameter}`] ?? pathParameterKind(operation.path, parameter);
}

/** Fields that belong to the path's target, not references of their own: the matrix fills them from the target. */
const TARGET_FIELDS = new Set(['version', 'periodVersion', 'shiftId', 'fromAssignmentId', 'toAssignmentId']);

let unique = 0;
let weeksUsed = 0;
let pastWeeksUsed = 0;
/** A Monday in 2030, the last year whose bank holidays @recordroom/calendar knows. */
const LAST_WEEK = '2030-12-02' as IsoDate;

/**
 * A request a caller could make about a target: path ids from `target`, and every id in the
 * query and body too, except `referenceField`, which names a record from `references` (one
 * reference out of scope at a time, so no other refusal hides it),
 * the target's current version, a week of its own for dates, and otherwise the smallest values
 * the schema allows: valid, so a refusal is the route's scope check and not its validation.
 * Where that is not enough (a pattern the schema cannot say, a record in a state), the route's
 * entry in matrix-bodies.ts changes the generated query, body or CSV file.
 */
export async function matrixRequest(operation: ApiOperation, fixtures: ScopeFixtures, target: Context, references: Context, referenceField?: string): Promise<MatrixRequest> {
  unique += 1;
  const override = MATRIX_OVERRIDES[operation.route];
  const refs: Reference[] = [];
  const targets: MatrixRequest['targets'] = [];
  const named = new Map<string, { context: Context; target: Target }>();
  const use = async (context: Context, kind: TargetKind, field: string): Promise<Target> => {
    targets.push({ context, kind });
    const arranged = await fixtures.target(context, kind);
    const found = kind === 'own assignment' ? arranged : await fixtures.current(kind, arranged);
    refs.push({ field, kind, level: FIELD_LEVELS[field] ?? SCOPE_LEVELS[kind], context, id: found.id });
    named.set(field, { context, target: found });
    return found;
  };

  let path = operation.path;
  let first: Target | undefined;
  let inner: Target | undefined;
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    const kind = matrixParameterKind(operation, parameter.name);
    if (kind === undefined) throw new Error(`${operation.route}: no registry entry for the kind of :${parameter.name} (test/support/resource-kinds.ts, access-matrix/scope-fixtures.ts)`);
    const found = await use(target, kind, `:${parameter.name}`);
    if (kind === 'assignment' && first) inner = found;
    else first ??= found;
    path = path.replace(new RegExp(`:${parameter.name}(?=[./]|$)`), percentEncode(found.id));
  }
  // An assignment in the path sits in a period of its own arranging: the path names that period.
  const main = inner ?? first;
  if (inner?.period) path = path.replace(/\/periods\/[^/]+/, `/periods/${inner.period.id}`);

  // A week of its own, counting down from the last the rota can check, away from the arranged weeks counting up.
  let week: IsoDate | undefined;
  // Line management records what has happened (sickness, training, checks): a past week of its own, counting back from today.
  const past = operation.path.startsWith('/api/people/');
  const startDate = (): IsoDate => (week ??= past ? addDays(fixtures.today(), -7 * (pastWeeksUsed += 1)) : addDays(LAST_WEEK, -7 * (weeksUsed += 1)));
  // A partial update names a reference only to test one out of scope: in scope, it would move the
  // target (a shift type to another location) for every later request.
  const filler: Filler = {
    optionalReference: (field) => operation.method !== 'PATCH' || field === referenceField,
    id: async (field) => {
      const kind = override?.kinds?.[field] ?? fieldKind(field);
      if (kind === undefined) return undefined;
      if (TARGET_FIELDS.has(field)) {
        if (field === 'shiftId') return (await use(target, 'shift', field)).id;
        if (field === 'toAssignmentId') return undefined;
        return (await use(target, 'assignment', field)).id;
      }
      const context = field === referenceField ? references : target;
      if (kind === 'department' || kind === 'location') {
        // A department or location named in a body or query is the context's own, not an arranged one.
        const id = kind === 'department' ? fixtures.departmentOf(context) : fixtures.locationOf(context);
        refs.push({ field, kind, level: FIELD_LEVELS[field] ?? 'department', context, id });
        named.set(field, { context, target: { id } });
        return id;
      }
      if (field === 'toStaffId') {
        const person = await use(context, 'staff', field);
        return person.colleagueId ?? person.id;
      }
      return (await use(context, kind, field)).id;
    },
    version: (field) => (field === 'periodVersion' ? main?.period?.version ?? main?.version ?? 1 : main?.version ?? main?.period?.version ?? 1),
    date: (field) => (field === 'endDate' || field === 'to' ? addDays(startDate(), 6) : field === 'date' ? main?.period?.startDate ?? startDate() : startDate()),
  };

  // What a route of matrix-bodies.ts needs beyond the generated values.
  const on: OverrideContext = {
    fixtures,
    today: fixtures.today(),
    unique,
    named: (field) => {
      const found = named.get(field);
      if (!found) throw new Error(`${operation.route}: matrix-bodies.ts asks for what "${field}" names, and the request names nothing there`);
      return found;
    },
    use,
    date: (field) => filler.date(field),
  };

  let queryValues: Record<string, unknown> = {};
  for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
    const value = parameter.required || fieldKind(parameter.name) !== undefined || /version$/i.test(parameter.name) || parameter.name === 'reason' ? await valueOf(parameter.schema, parameter.name, filler) : undefined;
    if (value !== undefined) queryValues[parameter.name] = value;
  }
  if (override?.query) queryValues = await override.query(queryValues, on);
  const query = Object.entries(queryValues).flatMap(([name, value]) => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? [`${percentEncode(name)}=${percentEncode(String(value))}`] : []));
  const url = query.length === 0 ? path : `${path}?${query.join('&')}`;

  const example = UNDOCUMENTED_BODIES[operation.route];
  const schema = operation.body['application/json'] ?? (example ? schemaOfExample(example()) : undefined);
  const json = async (): Promise<string> => {
    const generated = await valueOf(schema ?? {}, '(body)', filler);
    if (!override?.body) return JSON.stringify(generated);
    if (!isFields(generated)) throw new Error(`${operation.route}: matrix-bodies.ts overrides a body that is not an object`);
    return JSON.stringify(await override.body(generated, on));
  };
  const csv = operation.body['text/csv'] === undefined ? undefined : override?.csv ? await override.csv(on) : CSV_FILES[operation.route]?.();
  const body = csv ?? (schema ? await json() : undefined);
  const headers: Record<string, string> = body === undefined ? {} : { 'content-type': csv === undefined ? 'application/json' : 'text/csv' };
  return { raw: { method: operation.method, url, headers, ...(body === undefined ? {} : { body }) }, references: refs, targets };
}

/** The query and body fields of an operation that name a record of their own (not the path's target). */
export function referenceFields(operation: ApiOperation): string[] {
  const fields = new Set<string>();
  const walk = (schema: JsonSchema | undefined, name: string): void => {
    if (!schema) return;
    if (fieldKind(name) !== undefined && !TARGET_FIELDS.has(name)) fields.add(name);
    for (const [key, property] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) walk(property, key);
    for (const alternative of ((schema.anyOf ?? schema.oneOf ?? []) as JsonSchema[])) walk(alternative, name);
  };
  for (const parameter of operation.parameters.filter((p) => p.in === 'query')) walk(parameter.schema, parameter.name);
  const example = UNDOCUMENTED_BODIES[operation.route];
  walk(operation.body['application/json'] ?? (example ? schemaOfExample(example()) : undefined), '(body)');
  return [...fields].sort();
}

interface Filler {
  optionalReference(field: string): boolean;
  id(field: string): Promise<string | undefined>;
  version(field: string): number;
  date(field: string): string;
}

const isFields = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const isDateField = (name: string): boolean => /(^date$|Date$|^from$|^to$|On$|At$)/.test(name);

/** The smallest valid value: required fields, ids, versions and reasons; enums' first; bounds' least. */
async function valueOf(schema: JsonSchema, name: string, filler: Filler): Promise<unknown> {
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[])[0];
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(alternatives)) {
    const first = alternatives.find((alternative) => alternative.type !== 'null') ?? alternatives[0] ?? {};
    return valueOf(first, name, filler);
  }
  const type = Array.isArray(schema.type) ? ((schema.type as string[]).find((t) => t !== 'null') ?? 'null') : schema.type;
  switch (type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((schema.required ?? []) as string[]);
      const out: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(properties)) {
        const wanted = required.has(key) || (filler.optionalReference(key) && fieldKind(key) !== undefined) || /version$/i.test(key) || key === 'reason';
        if (!wanted) continue;
        const value = await valueOf(property, key, filler);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    case 'array':
      return [];
    case 'string': {
      if (schema.format === 'uuid' || fieldKind(name) !== undefined) return (await filler.id(name)) ?? undefined;
      if (isDateField(name)) return filler.date(name);
      if (name === 'start' || name === 'startTime') return '09:00';
      if (name === 'end' || name === 'endTime') return '17:00';
      if (/email/i.test(name)) return `matrix.${unique}@test.recordroom.org`;
      if (typeof schema.pattern === 'string') return fc.sample(fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= 1 && s.length <= 20), { seed: unique, numRuns: 1 })[0];
      const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
      const max = typeof schema.maxLength === 'number' ? schema.maxLength : 60;
      return `Matrix check ${unique}`.padEnd(min, '.').slice(0, max);
    }
    case 'integer':
    case 'number': {
      if (/version$/i.test(name)) return filler.version(name);
      const minimum = typeof schema.minimum === 'number' ? schema.minimum : 0;
      return name === 'ideal' ? Math.max(minimum, 1) : minimum;
    }
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return undefined;
  }
}
