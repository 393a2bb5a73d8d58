/**
 * A Curtois & Qu staff scheduling instance (schedulingbenchmarks.org/nrp, instances 1-24), as
 * described in ../shared/benchmarks/curtois/FORMAT.md. Days count from 0, a Monday.
 */
export interface CurtoisInstance {
  horizonDays: number;
  shifts: CurtoisShift[];
  employees: CurtoisEmployee[];
  /** Days each employee must not work. */
  daysOff: Map<string, number[]>;
  onRequests: CurtoisRequest[];
  offRequests: CurtoisRequest[];
  cover: CurtoisCover[];
}

export interface CurtoisShift {
  id: string;
  lengthMinutes: number;
  /** Shift types that may not be worked the day after this one. */
  cannotFollow: string[];
}

export interface CurtoisEmployee {
  id: string;
  /** Most shifts of each type over the horizon; 0 means never. */
  maxShifts: Record<string, number>;
  maxTotalMinutes: number;
  minTotalMinutes: number;
  maxConsecutiveShifts: number;
  minConsecutiveShifts: number;
  minConsecutiveDaysOff: number;
  maxWeekends: number;
}

export interface CurtoisRequest {
  employeeId: string;
  day: number;
  shiftId: string;
  weight: number;
}

export interface CurtoisCover {
  day: number;
  shiftId: string;
  requirement: number;
  weightUnder: number;
  weightOver: number;
}

/**
 * An instance or roster file that cannot be read: the 1-based line, or null for the file as a whole.
 *
 * @example new CurtoisFormatError(4, 'LengthMinutes must be a whole number').message // 'line 4: LengthMinutes must be a whole number'
 */
export class CurtoisFormatError extends Error {
  readonly line: number | null;

  constructor(line: number | null, message: string) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = 'CurtoisFormatError';
    this.line = line;
  }
}

const SECTIONS = [
  'SECTION_HORIZON',
  'SECTION_SHIFTS',
  'SECTION_STAFF',
  'SECTION_DAYS_OFF',
  'SECTION_SHIFT_ON_REQUESTS',
  'SECTION_SHIFT_OFF_REQUESTS',
  'SECTION_COVER',
] as const;
type Section = (typeof SECTIONS)[number];

/**
 * Reads an instance file (CRLF or LF). Follows FORMAT.md §1: trim each line, skip blanks and
 * comments, switch section on a SECTION_ header, split data on ',' and sub-lists on '|'. Every
 * error names its line: a field that is not a number, a wrong number of fields, an id that names
 * no shift or employee, a repeated id, a section missing (at the header that should follow it,
 * or at the end of the file).
 *
 * @example parseCurtoisInstance(readFileSync('Instance1.txt', 'utf8')).employees.length // 8
 */
export function parseCurtoisInstance(text: string): CurtoisInstance {
  const instance: CurtoisInstance = { horizonDays: 0, shifts: [], employees: [], daysOff: new Map(), onRequests: [], offRequests: [], cover: [] };
  let section: Section | null = null;
  const seen = new Set<Section>();
  // Where each thing was read, so a reference checked later still names its line.
  const lines = { horizon: 0, shifts: new Map<string, number>(), employees: new Map<string, number>() };
  const references: { line: number; check: () => void }[] = [];
  const rows = text.split('\n');
  rows.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('SECTION_')) {
      if (!(SECTIONS as readonly string[]).includes(line)) throw new CurtoisFormatError(lineNumber, `unknown section ${line}`);
      const next = line as Section;
      if (seen.has(next)) throw new CurtoisFormatError(lineNumber, `${next} appears twice`);
      const missing = SECTIONS.slice(0, SECTIONS.indexOf(next)).filter((s) => !seen.has(s));
      if (missing.length > 0) throw new CurtoisFormatError(lineNumber, `missing ${missing.join(', ')} before ${next} (sections come in the order of FORMAT.md §1)`);
      section = next;
      seen.add(section);
      return;
    }
    const fields = line.split(',');
    const fail = (message: string): never => {
      throw new CurtoisFormatError(lineNumber, message);
    };
    const int = (value: string | undefined, what: string): number => {
      if (value === undefined || !/^-?\d+$/.test(value.trim())) fail(`${what} must be a whole number, not ${JSON.stringify(value ?? '')}`);
      return Number(value);
    };
    const count = (n: number, columns: string): void => {
      if (fields.length !== n) fail(`expected ${n} fields (${columns}), found ${fields.length}`);
    };
    const shift = (id: string, what: string): void => {
      references.push({ line: lineNumber, check: () => void (lines.shifts.has(id) || fail(`${what} names unknown shift ${JSON.stringify(id)}`)) });
    };
    const employee = (id: string, what: string): void => {
      references.push({ line: lineNumber, check: () => void (lines.employees.has(id) || fail(`${what} names unknown employee ${JSON.stringify(id)}`)) });
    };
    const day = (value: string | undefined, what: string): number => {
      const d = int(value, what);
      references.push({ line: lineNumber, check: () => void ((d >= 0 && d < instance.horizonDays) || fail(`${what} ${d} is outside the horizon of ${instance.horizonDays} days`)) });
      return d;
    };
    switch (section) {
      case null:
        fail('data before any SECTION_ header');
        break;
      case 'SECTION_HORIZON':
        count(1, 'the horizon in days');
        if (lines.horizon > 0) fail(`a second horizon (the first is on line ${lines.horizon})`);
        instance.horizonDays = int(fields[0], 'the horizon');
        lines.horizon = lineNumber;
        if (instance.horizonDays <= 0 || instance.horizonDays % 7 !== 0) fail(`the horizon must be a positive number of whole weeks, not ${instance.horizonDays}`);
        break;
      case 'SECTION_SHIFTS': {
        count(3, 'ShiftID,LengthMinutes,CannotFollow');
        const [id, length, cannotFollow] = fields as [string, string, string];
        if (id === '') fail('a shift needs an id');
        if (lines.shifts.has(id)) fail(`shift ${id} is already defined on line ${lines.shifts.get(id)}`);
        lines.shifts.set(id, lineNumber);
        const next = cannotFollow === '' ? [] : cannotFollow.split('|');
        for (const n of next) shift(n, `CannotFollow of shift ${id}`);
        instance.shifts.push({ id, lengthMinutes: int(length, 'LengthMinutes'), cannotFollow: next });
        break;
      }
      case 'SECTION_STAFF': {
        count(8, 'ID,MaxShifts,MaxTotalMinutes,MinTotalMinutes,MaxConsecutiveShifts,MinConsecutiveShifts,MinConsecutiveDaysOff,MaxWeekends');
        const [id, maxShifts] = fields as [string, string];
        if (id === '') fail('an employee needs an id');
        if (lines.employees.has(id)) fail(`employee ${id} is already defined on line ${lines.employees.get(id)}`);
        lines.employees.set(id, lineNumber);
        const limits: Record<string, number> = {};
        for (const pair of maxShifts === '' ? [] : maxShifts.split('|')) {
          const [shiftId, limit, extra] = pair.split('=');
          if (!shiftId || extra !== undefined) fail(`MaxShifts entry ${JSON.stringify(pair)} is not ShiftID=limit`);
          shift(shiftId as string, `MaxShifts of employee ${id}`);
          limits[shiftId as string] = int(limit, `MaxShifts for ${shiftId}`);
        }
        instance.employees.push({
          id,
          maxShifts: limits,
          maxTotalMinutes: int(fields[2], 'MaxTotalMinutes'),
          minTotalMinutes: int(fields[3], 'MinTotalMinutes'),
          maxConsecutiveShifts: int(fields[4], 'MaxConsecutiveShifts'),
          minConsecutiveShifts: int(fields[5], 'MinConsecutiveShifts'),
          minConsecutiveDaysOff: int(fields[6], 'MinConsecutiveDaysOff'),
          maxWeekends: int(fields[7], 'MaxWeekends'),
        });
        break;
      }
      case 'SECTION_DAYS_OFF': {
        const [id, ...days] = fields as [string, ...string[]];
        if (days.length === 0) fail('expected an employee and at least one day (EmployeeID,Day[,Day...])');
        employee(id, 'a days-off line');
        instance.daysOff.set(id, [...(instance.daysOff.get(id) ?? []), ...days.map((d) => day(d, `day off of ${id}`))]);
        break;
      }
      case 'SECTION_SHIFT_ON_REQUESTS':
      case 'SECTION_SHIFT_OFF_REQUESTS': {
        count(4, 'EmployeeID,Day,ShiftID,Weight');
        const request = { employeeId: fields[0] as string, day: day(fields[1], 'the request day'), shiftId: fields[2] as string, weight: int(fields[3], 'Weight') };
        employee(request.employeeId, 'a request');
        shift(request.shiftId, 'a request');
        (section === 'SECTION_SHIFT_ON_REQUESTS' ? instance.onRequests : instance.offRequests).push(request);
        break;
      }
      case 'SECTION_COVER': {
        count(5, 'Day,ShiftID,Requirement,WeightUnder,WeightOver');
        const cover = { day: day(fields[0], 'the cover day'), shiftId: fields[1] as string, requirement: int(fields[2], 'Requirement'), weightUnder: int(fields[3], 'WeightUnder'), weightOver: int(fields[4], 'WeightOver') };
        shift(cover.shiftId, 'a cover line');
        instance.cover.push(cover);
        break;
      }
    }
  });
  const missing = SECTIONS.filter((s) => !seen.has(s));
  if (missing.length > 0) throw new CurtoisFormatError(rows.length, `missing ${missing.join(', ')} at the end of the file`);
  if (lines.horizon === 0) throw new CurtoisFormatError(rows.length, 'SECTION_HORIZON has no horizon');
  for (const reference of references) reference.check();
  return instance;
}
