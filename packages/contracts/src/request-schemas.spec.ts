import { describe, expect, it } from '@jest/globals';
import { FIRST_DATE_WITH_BANK_HOLIDAYS, LAST_DATE_WITH_BANK_HOLIDAYS, addDays } from '@recordroom/calendar';
import fc from 'fast-check';
import { z } from 'zod';
import * as contracts from './index.js';

/** Every request body and query the API validates with: each zod schema the package exports, but the current user (a response). */
const REQUEST_SCHEMAS = Object.entries(contracts as Record<string, unknown>).filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType && entry[0] !== 'currentUserSchema');

interface Leaf {
  path: string;
  schema: z.ZodString;
  /** Reached through a pipe's output: the text on the wire is the pipe's input, bounded there. */
  afterPipe: boolean;
}

/** The string fields of a schema with their paths (`appliesTo.date`, `acknowledgements[].note`). */
function stringLeaves(schema: z.ZodType, path: string, afterPipe = false): Leaf[] {
  if (schema instanceof z.ZodString || schema instanceof z.ZodStringFormat) return [{ path, schema: schema as z.ZodString, afterPipe }];
  if (schema instanceof z.ZodObject) return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => stringLeaves(field, path ? `${path}.${key}` : key, afterPipe));
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return stringLeaves(schema.unwrap() as z.ZodType, path, afterPipe);
  if (schema instanceof z.ZodArray) return stringLeaves(schema.element as z.ZodType, `${path}[]`, afterPipe);
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap((option) => stringLeaves(option, path, afterPipe));
  if (schema instanceof z.ZodPipe) return [...stringLeaves(schema.in as z.ZodType, path, afterPipe), ...stringLeaves(schema.out as z.ZodType, path, true)];
  return [];
}

/** A date field takes a real day and refuses one that does not exist. */
const isDateField = (leaf: Leaf): boolean => leaf.schema.safeParse('2026-01-05').success && !leaf.schema.safeParse('2026-02-30').success;
/** uuid, email and the like: their format bounds their length. */
const isFormat = (leaf: Leaf): boolean => leaf.schema instanceof z.ZodStringFormat;

const messagesOf = (result: { error?: { issues: { message: string }[] } | undefined }) => result.error?.issues.map((issue) => issue.message);

const leaves = REQUEST_SCHEMAS.flatMap(([name, schema]) => stringLeaves(schema, '').map((leaf) => ({ name, ...leaf })));
const dateFields = leaves.filter(isDateField);
const textFields = leaves.filter((leaf) => !leaf.afterPipe && !isDateField(leaf) && !isFormat(leaf));

/** Any date before the floor (the year 1 onwards) or after the last date with bank-holiday data. */
const tooEarly = fc.integer({ min: 1, max: 1899 }).chain((year) => fc.integer({ min: 0, max: 364 }).map((day) => addDays(`${String(year).padStart(4, '0')}-01-01`, day)));
const tooLate = fc.integer({ min: 1, max: 2_900_000 }).map((days) => addDays(LAST_DATE_WITH_BANK_HOLIDAYS, days));
const inBankHolidayData = fc.integer({ min: 0, max: 365 * 15 }).map((days) => addDays(FIRST_DATE_WITH_BANK_HOLIDAYS, days));

describe('every request schema', () => {
  it('finds the date fields of every schema that has one', () => {
    expect([...new Set(dateFields.map((f) => f.name))].sort()).toEqual(
      [
        ...['createAbsenceSchema', 'createCoverRequirementSchema', 'createPeriodSchema', 'createShiftSchema', 'createStaffSchema', 'demandQuery', 'distributionQuery', 'listAbsencesQuery', 'myShiftsQuery', 'seriesQuery', 'summaryQuery', 'updateCoverRequirementSchema', 'updateStaffSchema'],
        // Line management.
        ...['closeSicknessSchema', 'putCarryOverSchema', 'putCheckSchema', 'recordAppraisalSchema', 'recordSicknessSchema', 'recordTrainingSchema', 'returnToWorkSchema', 'whoIsOffQuery'],
        // Records-quality audits.
        ...['createActionSchema', 'createAuditSchema', 'updateActionSchema'],
      ].sort(),
    );
  });

  it.each(dateFields.map((f) => [`${f.name} ${f.path}`, f] as const))('refuses %s before 1900, saying which date is the first it takes', (_, field) => {
    fc.assert(
      fc.property(tooEarly, (date) => {
        expect(messagesOf(field.schema.safeParse(date))).toEqual([expect.stringMatching(/^must be on or after \d{4}-\d{2}-\d{2}, \w/)]);
      }),
    );
  });

  it.each(dateFields.map((f) => [`${f.name} ${f.path}`, f] as const))('refuses %s after the last date with bank-holiday data, saying so', (_, field) => {
    fc.assert(
      fc.property(tooLate, (date) => {
        expect(messagesOf(field.schema.safeParse(date))).toEqual([`must be on or before ${LAST_DATE_WITH_BANK_HOLIDAYS}, the last date with bank-holiday data`]);
      }),
    );
  });

  it.each(dateFields.map((f) => [`${f.name} ${f.path}`, f] as const))('takes %s on any day with bank-holiday data', (_, field) => {
    fc.assert(fc.property(inBankHolidayData, (date) => expect(field.schema.safeParse(date).success).toBe(true)));
  });

  it.each(textFields.map((f) => [`${f.name} ${f.path || '(value)'}`, f] as const))('bounds the length of %s', (_, field) => {
    // The field takes something short (a run of a letter: a reason needs three; or a time, a
    // financial year or a month), and refuses 100,000 letters.
    const short = [...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => 'A'.repeat(n)), '09:00', '2026/27', '2026-11'].find((text) => field.schema.safeParse(text).success);
    expect(short).toBeDefined();
    expect(field.schema.safeParse('A'.repeat(100_000)).success).toBe(false);
  });
});
