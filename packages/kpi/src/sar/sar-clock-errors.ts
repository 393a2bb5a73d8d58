import { FIRST_DATE_WITH_BANK_HOLIDAYS, LAST_DATE_WITH_BANK_HOLIDAYS, hasBankHolidayData, isIsoDate, type IsoDate } from '@recordroom/calendar';
import type { SarPause, SubjectAccessRequest } from '../events/subject-access-request.js';
import type { FieldError } from '../events/validate-record-request.js';
import { dueDateOf } from './sar-on-time.js';

/**
 * The most pauses one request may log. A clock stops for each request for clarification and
 * rarely more than a few times; 50 is far beyond any real request and bounds the work per line.
 */
export const MAX_SAR_PAUSES = 50;

/** The `pauses` cell of MAX_SAR_PAUSES pauses, each `{"from":"yyyy-mm-dd","to":"yyyy-mm-dd"}` with spaces, fits in this. */
export const SAR_PAUSES_MAX_CHARACTERS = 4000;

const PAUSES_EXAMPLE = '[{"from":"2025-03-03","to":"2025-03-10"}]';

/**
 * Reads the `pauses` cell of a SAR export: a JSON list of `{from, to}` dates, `to` null while the
 * clock is still stopped. Refuses, before parsing, a cell longer than SAR_PAUSES_MAX_CHARACTERS,
 * and a list of more than MAX_SAR_PAUSES pauses.
 *
 * @example parseSarPauses('[{"from":"2025-03-03","to":"2025-03-10"}]') // { pauses: [{ from: '2025-03-03', to: '2025-03-10' }] }
 * @example parseSarPauses('') // { pauses: [] }
 */
export function parseSarPauses(text: string): { pauses: SarPause[] } | { error: string } {
  if (text === '') return { pauses: [] };
  if (text.length > SAR_PAUSES_MAX_CHARACTERS) return { error: `is ${text.length} characters long; at most ${SAR_PAUSES_MAX_CHARACTERS} (${MAX_SAR_PAUSES} pauses) are allowed` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: `is not JSON: write ${PAUSES_EXAMPLE}` };
  }
  if (!Array.isArray(parsed)) return { error: `must be a list of {from, to} dates: write ${PAUSES_EXAMPLE}` };
  if (parsed.length > MAX_SAR_PAUSES) return { error: `lists ${parsed.length} pauses; a request may have at most ${MAX_SAR_PAUSES}` };
  const pauses: SarPause[] = [];
  for (const item of parsed as unknown[]) {
    const { from, to } = (typeof item === 'object' && item !== null ? item : {}) as { from?: unknown; to?: unknown };
    if (!isIsoDate(from) || !(to === null || isIsoDate(to)) || (to !== null && to < from)) {
      return { error: 'must be a list of {from, to} dates, to on or after from (to null while waiting)' };
    }
    pauses.push({ from, to });
  }
  return { pauses };
}

/**
 * Problems with a SAR's clock, each naming its field: received within the bank-holiday data and
 * its clock started on or after receipt; at most MAX_SAR_PAUSES pauses, each inside the request's
 * own window (from the day its clock started to the day it was completed, or today while open),
 * one after another without overlapping, only the last still open and none open on a completed
 * request; and a due date within the bank-holiday data. Only the first bad pause is reported, so
 * a line gets one error for them however many it lists.
 *
 * @example sarClockErrors({ receivedOn: '2025-03-03', clockStartsOn: null, pauses: [{ from: '2025-03-05', to: '9999-12-31' }], extended: false, completedOn: null }, '2025-04-01')
 * // [{ field: 'pauses', message: 'pause 1 ends on 9999-12-31, after today, 2025-04-01' }]
 */
export function sarClockErrors(sar: Omit<SubjectAccessRequest, 'id'>, today: IsoDate): FieldError[] {
  if (!hasBankHolidayData(sar.receivedOn)) {
    return [{ field: 'receivedOn', message: `must be from ${FIRST_DATE_WITH_BANK_HOLIDAYS} to ${LAST_DATE_WITH_BANK_HOLIDAYS}, the dates with bank-holiday data` }];
  }
  if (sar.clockStartsOn !== null && sar.clockStartsOn < sar.receivedOn) return [{ field: 'clockStartsOn', message: 'is before receivedOn' }];
  const start = sar.clockStartsOn ?? sar.receivedOn;
  const end = sar.completedOn ?? today;
  const endsWhen = sar.completedOn === null ? `today, ${today}` : `the request was completed on ${sar.completedOn}`;
  const pauseProblem = (): string | null => {
    if (sar.pauses.length > MAX_SAR_PAUSES) return `lists ${sar.pauses.length} pauses; a request may have at most ${MAX_SAR_PAUSES}`;
    let previous: SarPause | null = null;
    for (const [index, pause] of sar.pauses.entries()) {
      const n = index + 1;
      if (pause.to !== null && pause.to < pause.from) return `pause ${n} ends on ${pause.to}, before it starts on ${pause.from}`;
      if (pause.from < start) return `pause ${n} starts on ${pause.from}, before the clock started on ${start}`;
      if (previous !== null && previous.to === null) return `pause ${n} follows pause ${index}, which has not ended`;
      if (previous !== null && previous.to !== null && pause.from < previous.to) return `pause ${n} starts on ${pause.from}, before pause ${index} ended on ${previous.to}`;
      if (pause.from > end) return `pause ${n} starts on ${pause.from}, after ${endsWhen}`;
      if (pause.to !== null && pause.to > end) return `pause ${n} ends on ${pause.to}, after ${endsWhen}`;
      if (pause.to === null && sar.completedOn !== null) return `pause ${n} has not ended, but the request was completed on ${sar.completedOn}`;
      previous = pause;
    }
    return null;
  };
  const problem = pauseProblem();
  if (problem !== null) return [{ field: 'pauses', message: problem }];
  try {
    dueDateOf({ id: '', ...sar });
  } catch (error) {
    // Received and paused inside the data, the only date left outside it is the due date.
    if (!(error instanceof RangeError)) throw error;
    return [{ field: 'receivedOn', message: `gives a due date after ${LAST_DATE_WITH_BANK_HOLIDAYS}, the last date with bank-holiday data` }];
  }
  return [];
}
