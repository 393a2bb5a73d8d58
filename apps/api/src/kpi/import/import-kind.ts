import { type KpiImportKind } from '@recordroom/contracts';
import { type LineError, type RawRow, type RowResult } from '@recordroom/kpi';

/** A CSV column of an import file and the validator field it feeds. */
interface ImportColumn {
  /** snake_case header in the file. */
  csv: string;
  /** camelCase field the row validator reads. */
  field: string;
  required: boolean;
}

/**
 * How one kind of event is imported: its columns, a line validator (one line at a time, keeping
 * nothing between lines; repeated ids are found by the database as batches are merged), the
 * staging table's columns and the row written to it, and the target table. Staging columns are
 * the target's, minus organisation, department and import (the import adds the line).
 */
export interface ImportKind<T> {
  name: KpiImportKind;
  table: string;
  columns: readonly ImportColumn[];
  /** `name type` pairs of the staging table, in copy order; the first is external_id. */
  stagingColumns: readonly string[];
  createValidator(now: string): (row: RawRow, line: number) => RowResult<T, LineError>;
  stagingRow(value: T): (string | number | boolean | null)[];
}

/** Checks the header of a file: every required column present (named in one error), and maps headers to fields. */
export function headerFields(kind: ImportKind<unknown>, header: readonly string[]): { fields: (string | null)[]; missing: string[] } {
  const normalised = header.map((h) => h.trim().toLowerCase().replace(/^\uFEFF/, ''));
  const byCsv = new Map(kind.columns.map((c) => [c.csv, c.field]));
  const missing = kind.columns.filter((c) => c.required && !normalised.includes(c.csv)).map((c) => c.csv);
  return { fields: normalised.map((h) => byCsv.get(h) ?? null), missing };
}
