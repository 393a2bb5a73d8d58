import { stringify } from 'csv-stringify';
import { pipeline, Readable } from 'node:stream';

export type CsvCell = string | number | boolean | null;

/**
 * A CSV file (RFC 4180, CRLF line ends): the header, then one line per record, encoded as the
 * records arrive, so an export is never held in memory whole and stops reading its records when
 * the reader goes away. Text a spreadsheet would run as a formula (starting = + - @, a tab or a
 * carriage return, or their full-width forms) gets a leading apostrophe, so an export opened in
 * Excel cannot execute anything (OWASP "CSV injection"); numbers, negative ones too, are written
 * as they are, null as an empty field.
 */
export function csvStream(header: readonly string[], records: Iterable<readonly CsvCell[]> | AsyncIterable<readonly CsvCell[]>): Readable {
  async function* lines(): AsyncGenerator<readonly CsvCell[]> {
    yield header;
    yield* records;
  }
  const csv = stringify({
    record_delimiter: 'windows',
    // With a record delimiter set, csv-stringify quotes only fields holding the whole CRLF; a lone
    // CR or LF must be quoted too, or a reader takes it for the end of the line.
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: { boolean: (value) => String(value) },
  });
  return pipeline(Readable.from(lines()), csv, () => {
    // A failure has already destroyed `csv` with the same error, and its reader reports it.
  });
}
