import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { CURTOIS_DIR, readCurtoisInstance } from '../test-support/curtois-files.js';
import { CurtoisFormatError, parseCurtoisInstance } from './curtois-instance.js';

// Sizes from test-data/curtois/README.md: [days, staff, shift types].
const SIZES: Record<number, [number, number, number]> = { 1: [14, 8, 1], 2: [14, 14, 2], 3: [14, 20, 3], 4: [28, 10, 2], 5: [28, 16, 2], 6: [28, 18, 3], 7: [28, 20, 3], 8: [28, 30, 4] };

describe('parseCurtoisInstance', () => {
  it('finds the benchmark files inside the package (the tests fail, not skip, without them)', () => {
    expect(existsSync(CURTOIS_DIR)).toBe(true);
  });

  for (const [n, [days, staff, shiftTypes]] of Object.entries(SIZES)) {
    it(`reads Instance${n}: ${days} days, ${staff} staff, ${shiftTypes} shift types, a cover line per day and shift`, () => {
      const text = readCurtoisInstance(Number(n));
      expect(text).toContain('\r\n'); // the files keep their CRLF endings
      const instance = parseCurtoisInstance(text);
      expect([instance.horizonDays, instance.employees.length, instance.shifts.length]).toEqual([days, staff, shiftTypes]);
      expect(instance.cover).toHaveLength(days * shiftTypes);
      expect(instance.daysOff.size).toBe(staff);
    });
  }

  it('reads Instance2 field by field', () => {
    const instance = parseCurtoisInstance(readCurtoisInstance(2));
    expect(instance.shifts).toEqual([
      { id: 'E', lengthMinutes: 480, cannotFollow: [] },
      { id: 'L', lengthMinutes: 480, cannotFollow: ['E'] },
    ]);
    expect(instance.employees[3]).toEqual({ id: 'D', maxShifts: { E: 14, L: 0 }, maxTotalMinutes: 4320, minTotalMinutes: 3360, maxConsecutiveShifts: 5, minConsecutiveShifts: 2, minConsecutiveDaysOff: 2, maxWeekends: 1 });
    expect(instance.daysOff.get('I')).toEqual([0]);
    expect(instance.onRequests[0]).toEqual({ employeeId: 'A', day: 5, shiftId: 'L', weight: 1 });
    expect(instance.cover[0]).toMatchObject({ day: 0, weightUnder: 100, weightOver: 1 });
  });

  it('keeps employee and shift ids in separate namespaces (employee E, shift E)', () => {
    const instance = parseCurtoisInstance(readCurtoisInstance(2));
    expect(instance.employees.some((e) => e.id === 'E') && instance.shifts.some((s) => s.id === 'E')).toBe(true);
  });

  it('names the line of a bad field', () => {
    const bad = 'SECTION_HORIZON\r\n14\r\nSECTION_SHIFTS\r\nE,eight hours,\r\n';
    expect(() => parseCurtoisInstance(bad)).toThrow(new CurtoisFormatError(4, 'LengthMinutes must be a whole number, not "eight hours"'));
    expect(() => parseCurtoisInstance('SECTION_HORIZON\n14\n')).toThrow(/missing SECTION_SHIFTS/);
  });

  describe('a malformed file fails with the line of the fault', () => {
    // A small valid instance, one line per entry, so each case breaks one line of it.
    const lines = [
      '# A two-shift instance', // 1
      'SECTION_HORIZON', // 2
      '7', // 3
      'SECTION_SHIFTS', // 4
      'E,480,', // 5
      'L,480,E', // 6
      'SECTION_STAFF', // 7
      'A,E=7|L=7,2880,960,5,1,1,1', // 8
      'SECTION_DAYS_OFF', // 9
      'A,3', // 10
      'SECTION_SHIFT_ON_REQUESTS', // 11
      'A,0,E,2', // 12
      'SECTION_SHIFT_OFF_REQUESTS', // 13
      'A,1,L,1', // 14
      'SECTION_COVER', // 15
      ...Array.from({ length: 7 }, (_, d) => [`${d},E,1,100,1`, `${d},L,1,100,1`]).flat(), // 16-29
    ];
    const withLine = (n: number, text: string | null): string => lines.flatMap((l, i) => (i + 1 === n ? (text === null ? [] : [text]) : [l])).join('\r\n');
    const failure = (text: string): CurtoisFormatError => {
      try {
        parseCurtoisInstance(text);
      } catch (error) {
        if (error instanceof CurtoisFormatError) return error;
        throw error;
      }
      throw new Error('parsed a malformed instance');
    };

    it('reads the small instance the cases break', () => {
      const instance = parseCurtoisInstance(lines.join('\r\n'));
      expect([instance.horizonDays, instance.shifts.length, instance.cover.length]).toEqual([7, 2, 14]);
    });

    it('names the header that comes where a missing section should have been', () => {
      const error = failure(withLine(7, 'SECTION_DAYS_OFF').replace('SECTION_DAYS_OFF\r\nA,3\r\n', ''));
      expect(error.line).toBe(7);
      expect(error.message).toBe('line 7: missing SECTION_STAFF before SECTION_DAYS_OFF (sections come in the order of FORMAT.md §1)');
    });

    it('names the last line when the file stops before its last section', () => {
      const text = lines.slice(0, 14).join('\n');
      expect(failure(text)).toMatchObject({ line: 14, message: 'line 14: missing SECTION_COVER at the end of the file' });
    });

    it('names the line of an unknown shift id, in a cover line, a limit or a CannotFollow list', () => {
      expect(failure(withLine(20, '2,N,1,100,1'))).toMatchObject({ line: 20, message: 'line 20: a cover line names unknown shift "N"' });
      expect(failure(withLine(8, 'A,E=7|X=7,2880,960,5,1,1,1')).line).toBe(8);
      expect(failure(withLine(6, 'L,480,E|Q')).message).toBe('line 6: CannotFollow of shift L names unknown shift "Q"');
    });

    it('names the line of an unknown employee or a day outside the horizon', () => {
      expect(failure(withLine(12, 'B,0,E,2'))).toMatchObject({ line: 12, message: 'line 12: a request names unknown employee "B"' });
      expect(failure(withLine(10, 'A,3,7'))).toMatchObject({ line: 10, message: 'line 10: day off of A 7 is outside the horizon of 7 days' });
    });

    it('names the line and the columns of a wrong field count', () => {
      expect(failure(withLine(8, 'A,E=7|L=7,2880,960,5,1,1'))).toMatchObject({
        line: 8,
        message: 'line 8: expected 8 fields (ID,MaxShifts,MaxTotalMinutes,MinTotalMinutes,MaxConsecutiveShifts,MinConsecutiveShifts,MinConsecutiveDaysOff,MaxWeekends), found 7',
      });
      expect(failure(withLine(16, '0,E,1,100')).line).toBe(16);
      expect(failure(withLine(5, 'E,480')).message).toBe('line 5: expected 3 fields (ShiftID,LengthMinutes,CannotFollow), found 2');
    });

    it('names the line of a repeated id and the line it repeats', () => {
      expect(failure(withLine(6, 'E,600,')).message).toBe('line 6: shift E is already defined on line 5');
    });

    it('names the line of a horizon that is not whole weeks', () => {
      expect(failure(withLine(3, '10')).message).toBe('line 3: the horizon must be a positive number of whole weeks, not 10');
    });
  });
});
