import { CurtoisFormatError, type CurtoisInstance } from './curtois-instance.js';

/** A roster: for each employee, in order, the shift worked each day (null for a day off). */
export type CurtoisRoster = Map<string, (string | null)[]>;

/**
 * Reads a roster file (solutions/InstanceN.<penalty>.roster.csv, FORMAT.md §7): one line per
 * employee, `EmployeeID,shift_day0,...`, an empty field for a day off. With the instance, also
 * checks every employee, shift and the number of days.
 *
 * @example parseCurtoisRoster('A,D,,D\r\n').get('A') // ['D', null, 'D']
 */
export function parseCurtoisRoster(text: string, instance?: CurtoisInstance): CurtoisRoster {
  const roster: CurtoisRoster = new Map();
  const shifts = instance ? new Set(instance.shifts.map((s) => s.id)) : null;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const [id, ...days] = line.split(',') as [string, ...string[]];
    const lineNumber = index + 1;
    if (roster.has(id)) throw new CurtoisFormatError(lineNumber, `employee ${id} appears twice`);
    if (instance) {
      if (!instance.employees.some((e) => e.id === id)) throw new CurtoisFormatError(lineNumber, `unknown employee ${id}`);
      if (days.length !== instance.horizonDays) throw new CurtoisFormatError(lineNumber, `expected ${instance.horizonDays} days for ${id}, found ${days.length}`);
    }
    roster.set(
      id,
      days.map((field, day) => {
        const shift = field.trim();
        if (shift === '') return null;
        if (shifts && !shifts.has(shift)) throw new CurtoisFormatError(lineNumber, `unknown shift ${shift} on day ${day}`);
        return shift;
      }),
    );
  });
  return roster;
}
