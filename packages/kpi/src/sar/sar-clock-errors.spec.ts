import { describe, expect, it } from '@jest/globals';
import { addDays, daysBetween } from '@recordroom/calendar';
import fc from 'fast-check';
import type { SubjectAccessRequest } from '../events/subject-access-request.js';
import { MAX_SAR_PAUSES, SAR_PAUSES_MAX_CHARACTERS, parseSarPauses, sarClockErrors } from './sar-clock-errors.js';

const TODAY = '2026-11-02';

function aSar(overrides: Partial<Omit<SubjectAccessRequest, 'id'>> = {}): Omit<SubjectAccessRequest, 'id'> {
  return { receivedOn: '2026-09-01', clockStartsOn: null, pauses: [], extended: false, completedOn: null, ...overrides };
}

/** Pauses one after another from `start`, each of 0-10 days after a gap of 0-10 days, ending by `end`. */
function pausesWithin(start: string, end: string) {
  return fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })), { maxLength: MAX_SAR_PAUSES }).map((steps) => {
    const pauses: { from: string; to: string }[] = [];
    let day = start;
    for (const [gap, length] of steps) {
      const from = addDays(day, gap);
      const to = addDays(from, length);
      if (to > end) break;
      pauses.push({ from, to });
      day = to;
    }
    return pauses;
  });
}

describe('sarClockErrors', () => {
  it('takes any pauses one after another inside the request, completed or still open', () => {
    fc.assert(
      fc.property(pausesWithin('2026-09-01', '2026-10-31'), fc.boolean(), (pauses, completed) => {
        expect(sarClockErrors(aSar({ pauses, completedOn: completed ? '2026-10-31' : null }), TODAY)).toEqual([]);
      }),
    );
  });

  it('refuses a pause ending 9999-12-31, or any day after today, naming pauses', () => {
    expect(sarClockErrors(aSar({ pauses: [{ from: '2026-09-05', to: '9999-12-31' }] }), TODAY)).toEqual([{ field: 'pauses', message: 'pause 1 ends on 9999-12-31, after today, 2026-11-02' }]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_900_000 }), (days) => {
        expect(sarClockErrors(aSar({ pauses: [{ from: '2026-09-05', to: addDays(TODAY, days) }] }), TODAY).map((e) => e.field)).toEqual(['pauses']);
      }),
    );
  });

  it('refuses a pause after the request was completed, or still open on a completed request', () => {
    expect(sarClockErrors(aSar({ completedOn: '2026-09-30', pauses: [{ from: '2026-09-10', to: '2026-10-02' }] }), TODAY)).toEqual([{ field: 'pauses', message: 'pause 1 ends on 2026-10-02, after the request was completed on 2026-09-30' }]);
    expect(sarClockErrors(aSar({ completedOn: '2026-09-30', pauses: [{ from: '2026-09-10', to: null }] }), TODAY)).toEqual([{ field: 'pauses', message: 'pause 1 has not ended, but the request was completed on 2026-09-30' }]);
  });

  it('refuses a pause before the clock started, overlapping the one before, or after one still open', () => {
    expect(sarClockErrors(aSar({ clockStartsOn: '2026-09-08', pauses: [{ from: '2026-09-05', to: '2026-09-09' }] }), TODAY)[0]?.message).toBe('pause 1 starts on 2026-09-05, before the clock started on 2026-09-08');
    expect(
      sarClockErrors(
        aSar({
          pauses: [
            { from: '2026-09-05', to: '2026-09-12' },
            { from: '2026-09-10', to: '2026-09-14' },
          ],
        }),
        TODAY,
      )[0]?.message,
    ).toBe('pause 2 starts on 2026-09-10, before pause 1 ended on 2026-09-12');
    expect(
      sarClockErrors(
        aSar({
          pauses: [
            { from: '2026-09-05', to: null },
            { from: '2026-09-20', to: '2026-09-22' },
          ],
        }),
        TODAY,
      )[0]?.message,
    ).toBe('pause 2 follows pause 1, which has not ended');
  });

  it('refuses more than 50 pauses with one error, however many there are', () => {
    const pauses = Array.from({ length: 20_000 }, () => ({ from: '2026-09-05', to: '2026-09-05' }));
    expect(sarClockErrors(aSar({ pauses }), TODAY)).toEqual([{ field: 'pauses', message: 'lists 20000 pauses; a request may have at most 50' }]);
  });

  it('refuses a request whose due date falls after the last date with bank-holiday data', () => {
    expect(sarClockErrors(aSar({ receivedOn: '2030-12-10', extended: true }), '2030-12-20')).toEqual([{ field: 'receivedOn', message: 'gives a due date after 2030-12-31, the last date with bank-holiday data' }]);
    expect(sarClockErrors(aSar({ receivedOn: '2014-12-31' }), TODAY)).toEqual([{ field: 'receivedOn', message: 'must be from 2015-01-01 to 2030-12-31, the dates with bank-holiday data' }]);
  });

  it('adds no more paused days than the request has been open', () => {
    fc.assert(
      fc.property(pausesWithin('2026-09-01', TODAY), (pauses) => {
        const paused = pauses.reduce((sum, p) => sum + daysBetween(p.from, p.to), 0);
        expect(paused).toBeLessThanOrEqual(daysBetween('2026-09-01', TODAY));
        expect(sarClockErrors(aSar({ pauses }), TODAY)).toEqual([]);
      }),
    );
  });
});

describe('parseSarPauses', () => {
  it('reads a JSON list of pauses, the last one open', () => {
    expect(parseSarPauses('[{"from":"2026-02-03","to":"2026-02-10"},{"from":"2026-02-20","to":null}]')).toEqual({
      pauses: [
        { from: '2026-02-03', to: '2026-02-10' },
        { from: '2026-02-20', to: null },
      ],
    });
    expect(parseSarPauses('')).toEqual({ pauses: [] });
  });

  it('refuses 20,000 pauses in one cell by its length, before parsing it', () => {
    const cell = JSON.stringify(Array.from({ length: 20_000 }, () => ({ from: '2026-02-03', to: '2026-02-10' })));
    expect(parseSarPauses(cell)).toEqual({ error: `is ${cell.length} characters long; at most ${SAR_PAUSES_MAX_CHARACTERS} (50 pauses) are allowed` });
  });

  it('refuses 51 pauses that fit in the cell', () => {
    const cell = JSON.stringify(Array.from({ length: 51 }, () => ({ from: '2026-02-03', to: null })));
    expect(cell.length).toBeLessThanOrEqual(SAR_PAUSES_MAX_CHARACTERS);
    expect(parseSarPauses(cell)).toEqual({ error: 'lists 51 pauses; a request may have at most 50' });
  });

  it('refuses text that is not a list of dated pauses', () => {
    expect(parseSarPauses('soon')).toEqual({ error: 'is not JSON: write [{"from":"2025-03-03","to":"2025-03-10"}]' });
    expect(parseSarPauses('{"from":"2026-02-03"}')).toEqual({ error: 'must be a list of {from, to} dates: write [{"from":"2025-03-03","to":"2025-03-10"}]' });
    expect(parseSarPauses('[{"from":"2026-02-10","to":"2026-02-03"}]')).toEqual({ error: 'must be a list of {from, to} dates, to on or after from (to null while waiting)' });
  });
});
