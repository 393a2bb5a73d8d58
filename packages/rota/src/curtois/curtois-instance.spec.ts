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
});
