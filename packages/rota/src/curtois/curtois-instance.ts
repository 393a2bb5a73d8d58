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
 * comments, switch section on a SECTION_ header, split data on ',' and sub-lists on '|'.
 *
 * @example parseCurtoisInstance(readFileSync('Instance1.txt', 'utf8')).employees.length // 8
 */
export function parseCurtoisInstance(text: string): CurtoisInstance {
  const instance: CurtoisInstance = { horizonDays: 0, shifts: [], employees: [], daysOff: new Map(), onRequests: [], offRequests: [], cover: [] };
  let section: Section | null = null;
  const seen = new Set<Section>();
  text.split('\n').forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('SECTION_')) {
      if (!(SECTIONS as readonly string[]).includes(line)) throw new CurtoisFormatError(lineNumber, `unknown section ${line}`);
      section = line as Section;
      seen.add(section);
      return;
    }
    const fields = line.split(',');
    const int = (value: string | undefined, what: string): number => {
      if (value === undefined || !/^-?\d+$/.test(value.trim())) throw new CurtoisFormatError(lineNumber, `${what} must be a whole number, not ${JSON.stringify(value ?? '')}`);
      return Number(value);
    };
    const count = (n: number): void => {
      if (fields.length !== n) throw new CurtoisFormatError(lineNumber, `expected ${n} fields, found ${fields.length}`);
    };
    switch (section) {
      case null:
        throw new CurtoisFormatError(lineNumber, 'data before any SECTION_ header');
      case 'SECTION_HORIZON':
        count(1);
        instance.horizonDays = int(fields[0], 'the horizon');
        break;
      case 'SECTION_SHIFTS': {
        count(3);
        const [id, length, cannotFollow] = fields as [string, string, string];
        instance.shifts.push({ id, lengthMinutes: int(length, 'LengthMinutes'), cannotFollow: cannotFollow === '' ? [] : cannotFollow.split('|') });
        break;
      }
      case 'SECTION_STAFF': {
        count(8);
        const [id, maxShifts] = fields as [string, string];
        const limits: Record<string, number> = {};
        for (const pair of maxShifts.split('|')) {
          const [shiftId, limit] = pair.split('=');
          if (!shiftId) throw new CurtoisFormatError(lineNumber, `MaxShifts entry ${JSON.stringify(pair)} is not ShiftID=limit`);
          limits[shiftId] = int(limit, `MaxShifts for ${shiftId}`);
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
        if (days.length === 0) throw new CurtoisFormatError(lineNumber, 'expected an employee and at least one day');
        instance.daysOff.set(id, [...(instance.daysOff.get(id) ?? []), ...days.map((d) => int(d, 'a day'))]);
        break;
      }
      case 'SECTION_SHIFT_ON_REQUESTS':
      case 'SECTION_SHIFT_OFF_REQUESTS': {
        count(4);
        const request = { employeeId: fields[0] as string, day: int(fields[1], 'Day'), shiftId: fields[2] as string, weight: int(fields[3], 'Weight') };
        (section === 'SECTION_SHIFT_ON_REQUESTS' ? instance.onRequests : instance.offRequests).push(request);
        break;
      }
      case 'SECTION_COVER':
        count(5);
        instance.cover.push({ day: int(fields[0], 'Day'), shiftId: fields[1] as string, requirement: int(fields[2], 'Requirement'), weightUnder: int(fields[3], 'WeightUnder'), weightOver: int(fields[4], 'WeightOver') });
        break;
    }
  });
  const missing = SECTIONS.filter((s) => !seen.has(s));
  if (missing.length > 0) throw new CurtoisFormatError(null, `missing ${missing.join(', ')}`);
  checkReferences(instance);
  return instance;
}

function checkReferences(instance: CurtoisInstance): void {
  const shifts = new Set(instance.shifts.map((s) => s.id));
  const employees = new Set(instance.employees.map((e) => e.id));
  const fail = (message: string): never => {
    throw new CurtoisFormatError(null, message);
  };
  if (instance.horizonDays <= 0 || instance.horizonDays % 7 !== 0) fail(`the horizon must be a positive number of whole weeks, not ${instance.horizonDays}`);
  for (const s of instance.shifts) for (const next of s.cannotFollow) if (!shifts.has(next)) fail(`shift ${s.id} names unknown shift ${next} in CannotFollow`);
  for (const e of instance.employees) for (const id of Object.keys(e.maxShifts)) if (!shifts.has(id)) fail(`employee ${e.id} names unknown shift ${id}`);
  for (const [id, days] of instance.daysOff) {
    if (!employees.has(id)) fail(`days off for unknown employee ${id}`);
    for (const day of days) if (day < 0 || day >= instance.horizonDays) fail(`day off ${day} of ${id} is outside the horizon`);
  }
  for (const r of [...instance.onRequests, ...instance.offRequests]) {
    if (!employees.has(r.employeeId) || !shifts.has(r.shiftId) || r.day < 0 || r.day >= instance.horizonDays) fail(`request ${r.employeeId},${r.day},${r.shiftId} names an unknown employee, shift or day`);
  }
  for (const c of instance.cover) if (!shifts.has(c.shiftId) || c.day < 0 || c.day >= instance.horizonDays) fail(`cover ${c.day},${c.shiftId} names an unknown shift or day`);
}
