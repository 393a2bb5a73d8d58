import { FIRST_DATE_WITH_BANK_HOLIDAYS, LAST_DATE_WITH_BANK_HOLIDAYS } from '@recordroom/calendar';
import { DEFAULT_TIME_ZONE, parseInstant, type Instant } from '../time/instant.js';
import { freeTextError, identifierError, quoted, unstorableCells } from './cell-text.js';
import { looksLikeNhsNumber } from './nhs-number.js';
import {
  REQUEST_OUTCOMES,
  REQUEST_PRIORITIES,
  type RecordRequest,
  type RequestOutcome,
  type RequestPriority,
} from './record-request.js';

/** A problem with one field of one row, e.g. `{ field: 'deliveredAt', message: 'is before requestedAt' }`. */
export interface FieldError {
  field: string;
  message: string;
}

/** A field error located in an import file (line numbers as the importer counts them). */
export interface LineError extends FieldError {
  line: number;
}

export type RowResult<T, E extends FieldError = FieldError> = { ok: true; value: T } | { ok: false; errors: E[] };

/** One row of an export, as text by column name (the importer maps headers to these names). */
export type RawRow = Readonly<Record<string, string | null | undefined>>;

export interface RecordRequestRowOptions {
  /** Zone for timestamps written without an offset. Default Europe/London. */
  timeZone?: string;
  /** When given, timestamps after it are refused as in the future. */
  now?: Instant;
}

const PRIORITY_ALIASES: Readonly<Record<string, RequestPriority>> = { 'a&e': 'emergency', ae: 'emergency' };
const OUTCOME_ALIASES: Readonly<Record<string, RequestOutcome>> = { 'temporary-folder': 'temporary-notes' };
const TIME_FIELDS = ['requestedAt', 'locatedAt', 'dispatchedAt', 'deliveredAt'] as const;
type TimeField = (typeof TIME_FIELDS)[number];

/**
 * Checks one record-request row and returns the typed request, or every field error found (not
 * just the first), each naming its field. Accepts priorities and outcomes in any case, with
 * spaces or underscores for hyphens, and "A&E" for emergency. Refuses what could not be stored
 * (a NUL, a lone surrogate), ids longer than 100 characters or not printable, a location longer
 * than 200 characters, and times outside the bank-holiday data (cell-text.ts, docs/kpi.md).
 *
 * @example
 * validateRecordRequestRow({ id: 'Q1', recordId: 'R-7', priority: 'urgent', requestingLocation: 'Ward 4',
 *   requestedAt: '2025-03-03 10:00', deliveredAt: '2025-03-03 09:00', outcome: 'delivered' })
 * // { ok: false, errors: [{ field: 'deliveredAt', message: 'is before requestedAt' }] }
 */
export function validateRecordRequestRow(row: RawRow, options: RecordRequestRowOptions = {}): RowResult<RecordRequest> {
  // A cell that could not be stored is reported once, then read as empty without a second error.
  const unstorable = unstorableCells(row);
  const errors: FieldError[] = unstorable.errors;
  const text = (field: string): string => (unstorable.fields.has(field) ? '' : (row[field] ?? '').trim());
  const required = (field: string): string => {
    const value = text(field);
    if (value === '' && !unstorable.fields.has(field)) errors.push({ field, message: 'is required' });
    return value;
  };
  const checked = (field: string, value: string, problem: (value: string) => string | null): void => {
    const message = value === '' ? null : problem(value);
    if (message !== null) errors.push({ field, message });
  };

  const id = required('id');
  checked('id', id, identifierError);
  const recordId = required('recordId');
  checked('recordId', recordId, identifierError);
  if (recordId !== '' && looksLikeNhsNumber(recordId)) {
    errors.push({ field: 'recordId', message: 'looks like an NHS number; supply the pseudonymised record id' });
  }
  const priority = oneOf(required('priority'), REQUEST_PRIORITIES, PRIORITY_ALIASES, 'priority', errors);
  const requestingLocation = required('requestingLocation');
  checked('requestingLocation', requestingLocation, freeTextError);
  const outcome = oneOf(required('outcome'), REQUEST_OUTCOMES, OUTCOME_ALIASES, 'outcome', errors);
  const handledBy = text('handledBy') || null;
  checked('handledBy', handledBy ?? '', identifierError);

  const times = {} as Record<TimeField, Instant | null>;
  for (const field of TIME_FIELDS) {
    const value = field === 'requestedAt' ? required(field) : text(field);
    times[field] = value === '' ? null : parseTime(value, field, options, errors);
  }
  checkOrder(times, errors);

  if (outcome === 'delivered' && text('deliveredAt') === '' && !unstorable.fields.has('deliveredAt')) {
    errors.push({ field: 'deliveredAt', message: 'is required when outcome is delivered' });
  }
  if (outcome === 'not-found' && text('deliveredAt') !== '') {
    errors.push({ field: 'deliveredAt', message: 'must be empty when outcome is not-found' });
  }

  if (errors.length > 0 || priority === null || outcome === null || times.requestedAt === null) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      id,
      recordId,
      priority,
      requestingLocation,
      requestedAt: times.requestedAt,
      locatedAt: times.locatedAt,
      dispatchedAt: times.dispatchedAt,
      deliveredAt: times.deliveredAt,
      outcome,
      handledBy,
    },
  };
}

/**
 * A validator for a stream of rows (one import file): checks each row as
 * {@link validateRecordRequestRow} does and also refuses an id already seen earlier in the
 * stream, naming both lines. Holds every id seen so far (about 100 bytes a line), so it suits
 * files held in memory; the API's streamed import checks each line with
 * {@link validateRecordRequestRow} and has PostgreSQL find repeated ids, so its memory does not
 * grow with the file.
 *
 * @example
 * const check = createRecordRequestValidator();
 * check(row, 2); check(sameIdRow, 7)
 * // { ok: false, errors: [{ line: 7, field: 'id', message: 'duplicates the id on line 2' }] }
 */
export function createRecordRequestValidator(
  options: RecordRequestRowOptions = {},
): (row: RawRow, line: number) => RowResult<RecordRequest, LineError> {
  const firstLineById = new Map<string, number>();
  return (row, line) => {
    const result = validateRecordRequestRow(row, options);
    const errors: LineError[] = result.ok ? [] : result.errors.map((e) => ({ line, ...e }));
    const id = (row.id ?? '').trim();
    if (id !== '') {
      const firstLine = firstLineById.get(id);
      if (firstLine === undefined) firstLineById.set(id, line);
      else errors.push({ line, field: 'id', message: `duplicates the id on line ${firstLine}` });
    }
    if (result.ok && errors.length === 0) return result;
    return { ok: false, errors };
  };
}

function oneOf<T extends string>(
  value: string,
  allowed: readonly T[],
  aliases: Readonly<Record<string, T>>,
  field: string,
  errors: FieldError[],
): T | null {
  if (value === '') return null;
  const key = value.toLowerCase().replace(/[\s_]+/g, '-');
  const found = allowed.find((a) => a === key) ?? aliases[key];
  if (found === undefined) {
    errors.push({ field, message: `is not one of ${allowed.join(', ')} (got ${quoted(value)})` });
    return null;
  }
  return found;
}

function parseTime(value: string, field: TimeField, options: RecordRequestRowOptions, errors: FieldError[]): Instant | null {
  const instant = parseInstant(value, options.timeZone ?? DEFAULT_TIME_ZONE);
  if (instant === null) {
    errors.push({ field, message: `is not a date and time (got ${quoted(value)})` });
    return null;
  }
  // The UTC date is London's on 1 January and 31 December (GMT), so it bounds the London date exactly.
  const date = instant.slice(0, 10);
  if (date < FIRST_DATE_WITH_BANK_HOLIDAYS) errors.push({ field, message: `must be on or after ${FIRST_DATE_WITH_BANK_HOLIDAYS}, the first date with bank-holiday data` });
  else if (date > LAST_DATE_WITH_BANK_HOLIDAYS) errors.push({ field, message: `must be on or before ${LAST_DATE_WITH_BANK_HOLIDAYS}, the last date with bank-holiday data` });
  else if (options.now !== undefined && Date.parse(instant) > Date.parse(options.now)) {
    errors.push({ field, message: 'is in the future' });
  }
  return instant;
}

/** Each stage must not precede an earlier one; name the earliest stage it precedes. */
function checkOrder(times: Record<TimeField, Instant | null>, errors: FieldError[]): void {
  const ms = TIME_FIELDS.map((field) => {
    const at = times[field];
    return at === null ? null : Date.parse(at);
  });
  ms.forEach((at, index) => {
    if (at === null) return;
    for (let e = 0; e < index; e += 1) {
      const before = ms[e];
      if (before !== null && before !== undefined && at < before) {
        errors.push({ field: TIME_FIELDS[index] as TimeField, message: `is before ${TIME_FIELDS[e] as TimeField}` });
        return;
      }
    }
  });
}
