import { isBankHoliday, isoWeekday, isWeekend } from '@recordroom/calendar';
import type { AbsenceDto, AssignmentDto, HoursByStaffDto, PlannerDto, PlannerStaffDto, ShiftDto, ShiftTypeDto, ViolationDto } from '@recordroom/contracts';
import type { CoverGap } from '@recordroom/rota';

/**
 * The planner response indexed once for drawing: the grid asks "what is in this person's cell on
 * this date" 60 x 42 times per render, so every answer is a map lookup, and each row's data is one
 * object that stays the same while the planner does (so memoised rows skip re-rendering).
 */

/** An assignment with the shift and shift type it puts the person on. */
export interface PlacedAssignment {
  assignment: AssignmentDto;
  shift: ShiftDto;
  shiftType: ShiftTypeDto;
  /** Breaches naming this assignment, hard first. */
  violations: ViolationDto[];
}

/** One person on one date. */
interface PlannerCell {
  date: string;
  assignments: PlacedAssignment[];
  /** Approved and requested absences covering the date. */
  absences: AbsenceDto[];
}

export interface PlannerRow {
  staff: PlannerStaffDto;
  hours: HoursByStaffDto | null;
  cells: PlannerCell[];
  /** Breaches of this person's that concern no one assignment (hours over the period...). */
  personViolations: ViolationDto[];
  /** Hard and soft breaches anywhere on the row, for the row's marker. */
  hardCount: number;
  softCount: number;
}

export interface PlannerDate {
  date: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  weekend: boolean;
  bankHoliday: boolean;
}

/** A shortfall in one date's gap row. */
export interface GapEntry {
  gap: CoverGap;
  shiftType: ShiftTypeDto | null;
  label: string;
  description: string;
  /** Enough people are rostered, but approved absence takes some off: the gap is net of absence. */
  onlyAbsence: boolean;
}

/**
 * The gap would not be there but for approved absence: the people rostered reach the minimum, and
 * everyone not counted is away (not missing a skill). The planner marks it so a manager sees that
 * cover, not the rota, needs finding.
 */
export function gapOnlyFromAbsence(gap: CoverGap): boolean {
  return gap.status === 'below-minimum' && gap.assigned >= gap.minimum && gap.notCounted.length > 0 && gap.notCounted.every((n) => n.reason === 'approved-absence');
}

export interface PlannerIndex {
  dates: PlannerDate[];
  rows: PlannerRow[];
  /** Unfilled cover per date (same order as dates): below minimum first, then below ideal, then skill mix. */
  gapsByDate: GapEntry[][];
  /** How many shifts in `gapsByDate` are below their minimum cover: counted once, for the summary, the gap row and publishing. */
  belowMinimumCount: number;
  shiftTypes: Map<string, ShiftTypeDto>;
  /** Index of each shift type in the period's list: its colour in the grid. */
  shiftTypeTone: Map<string, number>;
  assignmentsById: Map<string, PlacedAssignment>;
  staffById: Map<string, PlannerStaffDto>;
  hardViolations: ViolationDto[];
  softViolations: ViolationDto[];
}

const SEVERITY_ORDER = { hard: 0, soft: 1 } as const;

/**
 * Rules about a person's whole period (hours against contract, fair share, weekends, the 48-hour
 * average): they name every assignment of the period, so marking each chip would mark them all.
 * They sit on the person's row heading instead; the rest (rest, overlap, skill, leave) on chips.
 */
const PERIOD_RULES: ReadonlySet<string> = new Set(['contracted-hours', 'total-minutes', 'fair-share', 'maximum-weekends', 'maximum-shifts-per-type', 'average-weekly-hours']);
const GAP_ORDER: Record<CoverGap['status'], number> = { 'below-minimum': 0, 'below-ideal': 1, 'skill-mix-short': 2, covered: 3, 'over-covered': 4 };

function cellKey(staffId: string, date: string): string {
  return `${staffId}\u0000${date}`;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "AE-EVE −1" for a shift below its minimum; "AE-EVE −1 ideal" below the ideal; "AE-EVE skill mix". */
export function gapLabel(gap: CoverGap, code: string): string {
  switch (gap.status) {
    case 'below-minimum':
      return `${code} \u2212${gap.shortfall}`;
    case 'below-ideal':
      return `${code} \u2212${gap.shortfallToIdeal} ideal`;
    case 'skill-mix-short':
      return `${code} skill mix`;
    case 'covered':
    case 'over-covered':
      return code;
  }
}

/** The gap in words, for screen readers and the hover text. */
export function gapDescription(gap: CoverGap, name: string): string {
  const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);
  const base = `${name}: ${gap.counted} of ${gap.minimum} minimum (ideal ${gap.ideal})`;
  switch (gap.status) {
    case 'below-minimum':
      return `${base}, ${people(gap.shortfall)} short of the minimum${gapOnlyFromAbsence(gap) ? `, net of approved absence: ${people(gap.notCounted.length)} rostered ${gap.notCounted.length === 1 ? 'is' : 'are'} away` : ''}`;
    case 'below-ideal':
      return `${base}, ${people(gap.shortfallToIdeal)} short of the ideal`;
    case 'skill-mix-short':
      return `${base}, short of the skill mix`;
    case 'covered':
    case 'over-covered':
      return base;
  }
}

function bySeverity(a: ViolationDto, b: ViolationDto): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

export function describeDate(date: string): PlannerDate {
  return { date, weekday: isoWeekday(date), weekend: isWeekend(date), bankHoliday: isBankHoliday(date) };
}

/** Indexes a planner response in one pass over each list. Pure: the same planner gives equal output. */
export function indexPlanner(planner: PlannerDto): PlannerIndex {
  const shiftTypes = new Map(planner.shiftTypes.map((type) => [type.id, type]));
  const shiftTypeTone = new Map(planner.shiftTypes.map((type, index) => [type.id, index]));
  const shifts = new Map(planner.shifts.map((shift) => [shift.id, shift]));
  const staffById = new Map(planner.staff.map((person) => [person.id, person]));
  const dateIndex = new Map(planner.dates.map((date, index) => [date, index]));

  const violationsByAssignment = new Map<string, ViolationDto[]>();
  const personViolations = new Map<string, ViolationDto[]>();
  for (const violation of planner.violations) {
    if (violation.assignmentIds.length > 0 && !(violation.staffId !== null && PERIOD_RULES.has(violation.ruleId))) {
      for (const assignmentId of violation.assignmentIds) pushTo(violationsByAssignment, assignmentId, violation);
    } else if (violation.staffId !== null) {
      pushTo(personViolations, violation.staffId, violation);
    }
  }

  const assignmentsById = new Map<string, PlacedAssignment>();
  const assignmentsByCell = new Map<string, PlacedAssignment[]>();
  for (const assignment of planner.assignments) {
    const shift = shifts.get(assignment.shiftId);
    const shiftType = shift ? shiftTypes.get(shift.shiftTypeId) : undefined;
    if (!shift || !shiftType) continue;
    const placed = { assignment, shift, shiftType, violations: (violationsByAssignment.get(assignment.id) ?? []).sort(bySeverity) };
    assignmentsById.set(assignment.id, placed);
    pushTo(assignmentsByCell, cellKey(assignment.staffId, shift.date), placed);
  }
  for (const list of assignmentsByCell.values()) list.sort((a, b) => (a.shiftType.start < b.shiftType.start ? -1 : a.shiftType.start > b.shiftType.start ? 1 : 0));

  // Absences span dates: each lands on every period date it covers (clipped to the period).
  const absencesByCell = new Map<string, AbsenceDto[]>();
  for (const absence of planner.absences) {
    for (const date of planner.dates) {
      if (date < absence.startDate) continue;
      if (date > absence.endDate) break;
      pushTo(absencesByCell, cellKey(absence.staffId, date), absence);
    }
  }

  const hours = new Map(planner.hoursByStaff.map((h) => [h.staffId, h]));
  const rows = planner.staff.map((staff): PlannerRow => {
    const cells = planner.dates.map((date) => ({
      date,
      assignments: assignmentsByCell.get(cellKey(staff.id, date)) ?? [],
      absences: absencesByCell.get(cellKey(staff.id, date)) ?? [],
    }));
    const own = (personViolations.get(staff.id) ?? []).sort(bySeverity);
    const onChips = cells.flatMap((cell) => cell.assignments.flatMap((placed) => placed.violations));
    // A breach spanning two assignments (rest between them) is one breach, not two.
    const distinct = new Map([...own, ...onChips].map((v) => [v.key, v]));
    let hardCount = 0;
    for (const v of distinct.values()) if (v.severity === 'hard') hardCount += 1;
    return { staff, hours: hours.get(staff.id) ?? null, cells, personViolations: own, hardCount, softCount: distinct.size - hardCount };
  });

  const gapsByDate: GapEntry[][] = planner.dates.map(() => []);
  let belowMinimumCount = 0;
  for (const gap of planner.gaps) {
    if (gap.status === 'covered' || gap.status === 'over-covered') continue;
    const column = dateIndex.get(gap.date);
    if (column === undefined) continue;
    const shiftType = shiftTypes.get(gap.shiftTypeId) ?? null;
    gapsByDate[column]?.push({
      gap,
      shiftType,
      label: gapLabel(gap, shiftType?.code ?? '?'),
      description: gapDescription(gap, shiftType ? `${shiftType.name} ${shiftType.start}\u2013${shiftType.end}` : 'Shift'),
      onlyAbsence: gapOnlyFromAbsence(gap),
    });
    if (gap.status === 'below-minimum') belowMinimumCount += 1;
  }
  for (const list of gapsByDate) list.sort((a, b) => GAP_ORDER[a.gap.status] - GAP_ORDER[b.gap.status] || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));

  return {
    dates: planner.dates.map(describeDate),
    rows,
    gapsByDate,
    belowMinimumCount,
    shiftTypes,
    shiftTypeTone,
    assignmentsById,
    staffById,
    hardViolations: planner.violations.filter((v) => v.severity === 'hard'),
    softViolations: planner.violations.filter((v) => v.severity === 'soft'),
  };
}

/** Minutes as hours for the grid: "112.5 h"; the API sends minutes. */
export function formatHours(minutes: number): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${hours} h`;
}
