import { describe, expect, it } from '@jest/globals';
import { createRecordRequestValidator, validateRecordRequestRow, type RawRow } from './validate-record-request.js';

function aRow(overrides: Record<string, string> = {}): RawRow {
  return {
    id: 'Q-1',
    recordId: 'R-000042',
    priority: 'emergency',
    requestingLocation: 'A&E records desk',
    requestedAt: '2025-03-03 10:00',
    locatedAt: '2025-03-03 10:05',
    dispatchedAt: '2025-03-03 10:10',
    deliveredAt: '2025-03-03 10:20',
    outcome: 'delivered',
    handledBy: 'E1234',
    ...overrides,
  };
}

describe('validateRecordRequestRow', () => {
  it('returns a typed request with UTC instants for a good row', () => {
    const result = validateRecordRequestRow(aRow());
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'Q-1',
        recordId: 'R-000042',
        priority: 'emergency',
        requestingLocation: 'A&E records desk',
        requestedAt: '2025-03-03T10:00:00.000Z',
        locatedAt: '2025-03-03T10:05:00.000Z',
        dispatchedAt: '2025-03-03T10:10:00.000Z',
        deliveredAt: '2025-03-03T10:20:00.000Z',
        outcome: 'delivered',
        handledBy: 'E1234',
      },
    });
  });

  it('names the field and the stage it precedes when delivered before requested', () => {
    const result = validateRecordRequestRow(aRow({ locatedAt: '', dispatchedAt: '', deliveredAt: '2025-03-03 09:00' }));
    expect(result).toEqual({ ok: false, errors: [{ field: 'deliveredAt', message: 'is before requestedAt' }] });
  });

  it('refuses a dispatch before the notes were located', () => {
    const result = validateRecordRequestRow(aRow({ dispatchedAt: '2025-03-03 10:01' }));
    expect(result).toEqual({ ok: false, errors: [{ field: 'dispatchedAt', message: 'is before locatedAt' }] });
  });

  it('refuses an unknown priority, listing the allowed ones', () => {
    const result = validateRecordRequestRow(aRow({ priority: 'stat' }));
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'priority', message: 'is not one of emergency, urgent, routine, clinic-pull (got "stat")' }],
    });
  });

  it('accepts A&E for emergency and spaced or capitalised names', () => {
    const result = validateRecordRequestRow(aRow({ priority: 'A&E', outcome: 'Temporary Notes' }));
    expect(result.ok && [result.value.priority, result.value.outcome]).toEqual(['emergency', 'temporary-notes']);
    const pull = validateRecordRequestRow(aRow({ priority: 'Clinic pull' }));
    expect(pull.ok && pull.value.priority).toBe('clinic-pull');
  });

  it('reports every problem in the row, not just the first', () => {
    const result = validateRecordRequestRow({ id: '', priority: 'x', outcome: 'lost', requestedAt: 'yesterday' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual([
      'id',
      'recordId',
      'priority',
      'requestingLocation',
      'outcome',
      'requestedAt',
    ]);
  });

  it('requires a delivery time for a delivered outcome and none for not found', () => {
    expect(validateRecordRequestRow(aRow({ deliveredAt: '' }))).toEqual({
      ok: false,
      errors: [{ field: 'deliveredAt', message: 'is required when outcome is delivered' }],
    });
    expect(validateRecordRequestRow(aRow({ outcome: 'not found' }))).toEqual({
      ok: false,
      errors: [{ field: 'deliveredAt', message: 'must be empty when outcome is not-found' }],
    });
  });

  it('refuses an NHS number where the pseudonymised record id belongs', () => {
    const result = validateRecordRequestRow(aRow({ recordId: '943 476 5919' }));
    expect(!result.ok && result.errors[0]?.field).toBe('recordId');
  });

  it('refuses a NUL or a lone surrogate in any cell once, naming the field, and reads nothing else into it', () => {
    expect(validateRecordRequestRow(aRow({ requestingLocation: 'A&E\u0000desk', deliveredAt: '2025-03-03 10:20\uD800' }))).toEqual({
      ok: false,
      errors: [
        { field: 'requestingLocation', message: 'contains a NUL character (U+0000) at character 4, which cannot be stored' },
        { field: 'deliveredAt', message: 'contains a lone UTF-16 surrogate (U+D800) at character 17, which is not text' },
      ],
    });
  });

  it('refuses an external id of 90,000 characters, and quotes only the start of a long bad cell', () => {
    const result = validateRecordRequestRow(aRow({ id: 'Q'.repeat(90_000), priority: 'p'.repeat(90_000) }));
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'id', message: 'is 90000 characters long; an id is at most 100' },
        { field: 'priority', message: `is not one of emergency, urgent, routine, clinic-pull (got "${'p'.repeat(40)}"…)` },
      ],
    });
  });

  it('refuses a location longer than 200 characters and a record id or handler that is not printable', () => {
    const result = validateRecordRequestRow(aRow({ requestingLocation: 'L'.repeat(201), recordId: 'R\t42', handledBy: 'E'.repeat(101) }));
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['recordId', 'requestingLocation', 'handledBy']);
  });

  it('refuses times before or after the bank-holiday data', () => {
    expect(validateRecordRequestRow(aRow({ requestedAt: '2014-12-31 23:00', locatedAt: '', dispatchedAt: '', deliveredAt: '2015-01-01 09:00' }))).toEqual({
      ok: false,
      errors: [{ field: 'requestedAt', message: 'must be on or after 2015-01-01, the first date with bank-holiday data' }],
    });
    expect(validateRecordRequestRow(aRow({ deliveredAt: '9999-12-31 10:20' }))).toEqual({
      ok: false,
      errors: [{ field: 'deliveredAt', message: 'must be on or before 2030-12-31, the last date with bank-holiday data' }],
    });
  });

  it('refuses timestamps after now when now is given', () => {
    const result = validateRecordRequestRow(aRow(), { now: '2025-03-03T10:15:00.000Z' });
    expect(result).toEqual({ ok: false, errors: [{ field: 'deliveredAt', message: 'is in the future' }] });
  });
});

describe('createRecordRequestValidator', () => {
  it('refuses a duplicate id with both line numbers', () => {
    const check = createRecordRequestValidator();
    expect(check(aRow({ id: 'Q-9' }), 2).ok).toBe(true);
    expect(check(aRow({ id: 'Q-10' }), 3).ok).toBe(true);
    expect(check(aRow({ id: 'Q-9' }), 7)).toEqual({
      ok: false,
      errors: [{ line: 7, field: 'id', message: 'duplicates the id on line 2' }],
    });
  });

  it('puts the line number on field errors', () => {
    const check = createRecordRequestValidator();
    expect(check(aRow({ priority: '' }), 12)).toEqual({
      ok: false,
      errors: [{ line: 12, field: 'priority', message: 'is required' }],
    });
  });

  it('keeps separate validators independent', () => {
    const first = createRecordRequestValidator();
    const second = createRecordRequestValidator();
    first(aRow(), 2);
    expect(second(aRow(), 2).ok).toBe(true);
  });
});
