import { FIRST_DATE_WITH_BANK_HOLIDAYS, LAST_DATE_WITH_BANK_HOLIDAYS, isIsoDate, type IsoDate } from '@recordroom/calendar';
import { freeTextError, identifierError, looksLikeNhsNumber, quoted, unstorableCells, type FieldError, type LineError, type RawRow, type RowResult } from '@recordroom/kpi';

/**
 * Field checks for the event kinds without a validator in @recordroom/kpi (clinic pulls, filing
 * snapshots, SARs), worded as createRecordRequestValidator words its messages, with its bounds
 * on cells (@recordroom/kpi cell-text: nothing PostgreSQL cannot store, ids of at most 100
 * printable characters, free text of at most 200, dates inside the bank-holiday data).
 */
export class RowChecks {
  readonly errors: FieldError[];
  /** Fields whose cell could not be stored: reported once, then read as empty without a second error. */
  private readonly unstorable: ReadonlySet<string>;

  constructor(private readonly row: RawRow) {
    const cells = unstorableCells(row);
    this.errors = cells.errors;
    this.unstorable = cells.fields;
  }

  text(field: string): string {
    return this.unstorable.has(field) ? '' : (this.row[field] ?? '').trim();
  }

  required(field: string): string {
    const value = this.text(field);
    if (value === '' && !this.unstorable.has(field)) this.errors.push({ field, message: 'is required' });
    return value;
  }

  /** A tracking system's id: required, at most 100 printable characters. */
  identifier(field: string): string {
    const value = this.required(field);
    this.check(field, value === '' ? null : identifierError(value));
    return value;
  }

  /** Free text such as a location's name: required, at most 200 characters. */
  freeText(field: string): string {
    const value = this.required(field);
    this.check(field, value === '' ? null : freeTextError(value));
    return value;
  }

  pseudonym(field: string): string {
    const value = this.identifier(field);
    if (value !== '' && looksLikeNhsNumber(value)) this.errors.push({ field, message: 'looks like an NHS number; supply the pseudonymised record id' });
    return value;
  }

  /** A date from the first date with bank-holiday data to today (or the last date with data, if earlier). */
  date(field: string, required: boolean, today: IsoDate): IsoDate | null {
    const value = required ? this.required(field) : this.text(field);
    if (value === '') return null;
    if (!isIsoDate(value)) {
      this.errors.push({ field, message: `is not a date written yyyy-mm-dd (got ${quoted(value)})` });
      return null;
    }
    if (value < FIRST_DATE_WITH_BANK_HOLIDAYS) this.errors.push({ field, message: `must be on or after ${FIRST_DATE_WITH_BANK_HOLIDAYS}, the first date with bank-holiday data` });
    else if (value > LAST_DATE_WITH_BANK_HOLIDAYS) this.errors.push({ field, message: `must be on or before ${LAST_DATE_WITH_BANK_HOLIDAYS}, the last date with bank-holiday data` });
    else if (value > today) this.errors.push({ field, message: 'is in the future' });
    return value;
  }

  private check(field: string, message: string | null): void {
    if (message !== null) this.errors.push({ field, message });
  }

  boolean(field: string): boolean | null {
    const value = this.required(field).toLowerCase();
    if (value === '') return null;
    if (['true', 'yes', 'y', '1'].includes(value)) return true;
    if (['false', 'no', 'n', '0'].includes(value)) return false;
    this.errors.push({ field, message: `is not yes or no (got ${quoted(value)})` });
    return null;
  }

  wholeNumber(field: string): number | null {
    const value = this.required(field);
    if (value === '') return null;
    if (!/^\d{1,9}$/.test(value)) {
      this.errors.push({ field, message: `is not a whole number of 0 or more (got ${quoted(value)})` });
      return null;
    }
    return Number(value);
  }

  notBefore(field: string, value: IsoDate | null, earlierField: string, earlier: IsoDate | null): void {
    if (value !== null && earlier !== null && value < earlier) this.errors.push({ field, message: `is before ${earlierField}` });
  }
}

/**
 * An import line validator from a row check: the row's errors, each with its line. It keeps
 * nothing between lines: an id repeated within the file is found by the database as the file is
 * merged (KpiImportRepository.mergeStaged), so memory does not grow with the file.
 */
export function lineValidator<T>(check: (row: RawRow) => RowResult<T>): (row: RawRow, line: number) => RowResult<T, LineError> {
  return (row, line) => {
    const result = check(row);
    return result.ok ? result : { ok: false, errors: result.errors.map((e) => ({ line, ...e })) };
  };
}
