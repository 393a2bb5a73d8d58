import { type LineError } from '@recordroom/kpi';
import { CsvError, parse } from 'csv-parse';
import { type Readable } from 'node:stream';
import { ProblemException } from '../http/problem.js';
import { byteLimit } from '../kpi/import/byte-limit.js';
import { importRejected, MAX_REPORTED_ERRORS, unreadableCsv } from '../kpi/import/import-problems.js';

/** One line of a monthly spend file, checked. */
export interface SpendLine {
  line: number;
  costCentre: string;
  /** 'yyyy-mm' */
  month: string;
  substantivePence: number;
  bankPence: number;
  agencyPence: number;
}

/** The columns of a monthly spend file (docs/api/pay.md "Importing monthly spend"): amounts in pounds and pence. */
const SPEND_COLUMNS = ['month', 'cost_centre', 'substantive', 'bank', 'agency'] as const;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const COST_CENTRE = /^[A-Za-z0-9-]{1,20}$/;
/** Pounds with at most two decimals and no sign, thousands separators or currency symbol: 41250.5, 41250.50, 0. */
const POUNDS = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/** '41250.5' → 4_125_050 exactly (no float arithmetic), or null. */
function penceOf(text: string): number | null {
  const match = POUNDS.exec(text);
  if (!match) return null;
  const pence = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(pence) ? pence : null;
}

/**
 * Reads a monthly spend file as it arrives (csv-parse), checks every line and returns them all,
 * or throws a 422 listing the errors by line (at most the first 100, and how many): a budget file
 * is a year of months per cost centre, so the checked lines are held and written afterwards in one
 * transaction. A month may appear once per cost centre; a month still to come is refused.
 */
export async function readSpendCsv(body: Readable, options: { maxBytes: number; currentMonth: string }): Promise<SpendLine[]> {
  const limiter = byteLimit(options.maxBytes);
  const parser = parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true });
  body.pipe(limiter).pipe(parser);
  limiter.on('error', (error) => parser.destroy(error));
  body.on('error', (error) => parser.destroy(error));

  const lines: SpendLine[] = [];
  const errors: LineError[] = [];
  let errorCount = 0;
  const fail = (line: number, field: string, message: string): void => {
    errorCount += 1;
    if (errors.length < MAX_REPORTED_ERRORS) errors.push({ line, field, message });
  };
  const seen = new Map<string, number>();
  let columns: Map<string, number> | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (columns === null) {
        const header = record.map((h) => h.trim().toLowerCase());
        const missing = SPEND_COLUMNS.filter((c) => !header.includes(c));
        if (missing.length > 0) throw importRejected([{ line: 1, field: '(header)', message: `is missing the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` }], 1);
        columns = new Map(header.map((h, i) => [h, i]));
        continue;
      }
      const at = info.lines;
      const cell = (column: (typeof SPEND_COLUMNS)[number]): string => (record[columns?.get(column) ?? -1] ?? '').trim();
      const before = errorCount;
      const month = cell('month');
      if (!MONTH.test(month)) fail(at, 'month', `is not a month written yyyy-mm (got ${JSON.stringify(month)})`);
      else if (month > options.currentMonth) fail(at, 'month', `is a month still to come (${month}); spend is recorded once it is known`);
      const costCentre = cell('cost_centre');
      if (!COST_CENTRE.test(costCentre)) fail(at, 'cost_centre', `must be 1-20 letters, digits or hyphens (got ${JSON.stringify(costCentre)})`);
      const amounts = (['substantive', 'bank', 'agency'] as const).map((column) => {
        const text = cell(column);
        const pence = penceOf(text);
        if (pence === null) fail(at, column, `is not an amount in pounds and pence, 0 or more, such as 41250.00 (got ${JSON.stringify(text)})`);
        return pence ?? 0;
      });
      if (errorCount > before) continue;
      const key = `${costCentre}|${month}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        fail(at, 'month', `repeats ${month} for cost centre ${costCentre} (line ${earlier})`);
        continue;
      }
      seen.set(key, at);
      const [substantivePence = 0, bankPence = 0, agencyPence = 0] = amounts;
      lines.push({ line: at, costCentre, month, substantivePence, bankPence, agencyPence });
    }
  } catch (error) {
    body.unpipe();
    body.resume();
    if (error instanceof ProblemException) throw error;
    // By class, not code: csv-parse names most codes CSV_..., but not INVALID_OPENING_QUOTE (a quote inside an unquoted field).
    if (error instanceof CsvError) throw unreadableCsv((error as CsvError & { lines?: number }).lines ?? 1, error.message || 'is not valid CSV');
    throw error;
  }
  if (columns === null) throw importRejected([{ line: 1, field: '(header)', message: 'is missing: the file is empty' }], 1);
  if (errorCount > 0) throw importRejected(errors, errorCount);
  return lines;
}
