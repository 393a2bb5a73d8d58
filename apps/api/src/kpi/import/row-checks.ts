import { isIsoDate, type IsoDate } from '@recordroom/calendar';
import { looksLikeNhsNumber, type FieldError, type LineError, type RawRow, type RowResult } from '@recordroom/kpi';

/**
 * Field checks for the event kinds without a validator in @recordroom/kpi (clinic pulls, filing
 * snapshots, SARs), worded as createRecordRequestValidator words its messages.
 */
export class RowChecks {
  readonly errors: FieldError[] = [];
  constructor(private readonly row: RawRow) {}

  text(field: string): string {
    return (this.row[field] ?? '').trim();
  }

  required(field: string): string {
    const value = this.text(field);
    if (value === '') this.errors.push({ field, message: 'is required' });
    return value;
  }

  pseudonym(field: string): string {
    const value = this.required(field);
    if (value !== '' && looksLikeNhsNumber(value)) this.errors.push({ field, message: 'looks like an NHS number; supply the pseudonymised record id' });
    return value;
  }

  date(field: string, required: boolean, today: IsoDate): IsoDate | null {
    const value = required ? this.required(field) : this.text(field);
    if (value === '') return null;
    if (!isIsoDate(value)) {
      this.errors.push({ field, message: `is not a date written yyyy-mm-dd (got ${JSON.stringify(value)})` });
      return null;
    }
    if (value > today) this.errors.push({ field, message: 'is in the future' });
    return value;
  }

  boolean(field: string): boolean | null {
    const value = this.required(field).toLowerCase();
    if (value === '') return null;
    if (['true', 'yes', 'y', '1'].includes(value)) return true;
    if (['false', 'no', 'n', '0'].includes(value)) return false;
    this.errors.push({ field, message: `is not yes or no (got "${value}")` });
    return null;
  }

  wholeNumber(field: string): number | null {
    const value = this.required(field);
    if (value === '') return null;
    if (!/^\d{1,9}$/.test(value)) {
      this.errors.push({ field, message: `is not a whole number of 0 or more (got "${value}")` });
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
