import { describe, expect, it } from '@jest/globals';
import type { AbsenceDto, PlannerDto, ViolationDto } from '@recordroom/contracts';
import type { CoverGap } from '@recordroom/rota';
import { describeDate, formatHours, gapDescription, gapLabel, gapOnlyFromAbsence, indexPlanner } from './planner-index';

// A small department: Ann and Bo, a week in late August 2026 (Monday 31 is the summer bank holiday).
const dates = ['2026-08-27', '2026-08-28', '2026-08-29', '2026-08-30', '2026-08-31'];

function aGap(overrides: Partial<CoverGap> = {}): CoverGap {
  return {
    date: '2026-08-28',
    locationId: 'ae',
    shiftTypeId: 'eve',
    requirementId: 'req',
    shiftIds: ['s-eve-28'],
    minimum: 2,
    ideal: 2,
    assigned: 1,
    counted: 1,
    notCounted: [],
    shortfall: 1,
    shortfallToIdeal: 1,
    skillShortfalls: [],
    overIdeal: 0,
    status: 'below-minimum',
    ...overrides,
  };
}

function aViolation(overrides: Partial<ViolationDto> = {}): ViolationDto {
  return {
    key: 'k',
    ruleId: 'minimum-rest-between-shifts',
    severity: 'soft',
    unit: 'minutes',
    staffId: 'ann',
    shiftIds: [],
    assignmentIds: [],
    date: '2026-08-27',
    message: 'Ann Smith would have 9 h rest',
    penalty: 120,
    weight: 1,
    ...overrides,
  };
}

function anAbsence(overrides: Partial<AbsenceDto> = {}): AbsenceDto {
  return {
    id: 'leave',
    staffId: 'bo',
    staffName: 'Bo Jones',
    kind: 'annual-leave',
    status: 'approved',
    startDate: '2026-08-20',
    endDate: '2026-08-28',
    note: null,
    decidedBy: null,
    decidedAt: null,
    version: 1,
    ...overrides,
  };
}

function aPlanner(overrides: Partial<PlannerDto> = {}): PlannerDto {
  const shiftType = { departmentId: 'd', unpaidBreakMinutes: 30, paidBreakMinutes: 0, locationId: 'ae', locationName: 'A&E records desk', requiredSkill: 'a-and-e-desk' as const, paidMinutes: 480, version: 1 };
  return {
    period: { id: 'p', departmentId: 'd', name: 'August', startDate: dates[0] ?? '', endDate: dates[4] ?? '', status: 'draft', version: 3, publishedAt: null, publishedBy: null },
    dates,
    locations: [{ id: 'ae', name: 'A&E records desk', kind: 'a-and-e-records-desk' }],
    shiftTypes: [
      { ...shiftType, id: 'eve', code: 'AE-EVE', name: 'A&E evening', start: '16:00', end: '00:30', endsNextDay: true },
      { ...shiftType, id: 'early', code: 'E', name: 'Early', start: '07:00', end: '15:00', endsNextDay: false },
    ],
    staff: [
      { id: 'ann', name: 'Ann Smith', band: '3', teamId: null, teamName: null, contractedHoursPerWeek: 37.5, skills: ['a-and-e-desk'], contractType: 'permanent', inScope: true },
      { id: 'bo', name: 'Bo Jones', band: '2', teamId: null, teamName: null, contractedHoursPerWeek: 22.5, skills: [], contractType: 'permanent', inScope: false },
    ],
    shifts: [
      { id: 's-eve-27', periodId: 'p', shiftTypeId: 'eve', date: '2026-08-27' },
      { id: 's-early-27', periodId: 'p', shiftTypeId: 'early', date: '2026-08-27' },
      { id: 's-eve-28', periodId: 'p', shiftTypeId: 'eve', date: '2026-08-28' },
    ],
    assignments: [
      { id: 'a-eve', shiftId: 's-eve-27', staffId: 'ann', source: 'manual', acknowledgements: [] },
      { id: 'a-early', shiftId: 's-early-27', staffId: 'ann', source: 'manual', acknowledgements: [] },
      { id: 'a-eve-28', shiftId: 's-eve-28', staffId: 'ann', source: 'auto', acknowledgements: [] },
    ],
    absences: [],
    gaps: [],
    heatmap: { dates, rows: [], cells: [], maxShortfall: 0, totals: { byDate: [], byRow: [], overall: 0 } },
    violations: [],
    fairness: [],
    hoursByStaff: [{ staffId: 'ann', plannedMinutes: 1440, contractedMinutes: 1607 }],
    ...overrides,
  };
}

describe('indexPlanner', () => {
  it('puts each assignment in its person’s cell on its shift’s date, earliest shift first', () => {
    const index = indexPlanner(aPlanner());
    const ann = index.rows[0];
    expect(ann?.staff.id).toBe('ann');
    expect(ann?.cells[0]?.assignments.map((p) => p.shiftType.code)).toEqual(['E', 'AE-EVE']);
    expect(ann?.cells[1]?.assignments.map((p) => p.assignment.id)).toEqual(['a-eve-28']);
    expect(ann?.cells[2]?.assignments).toEqual([]);
    expect(index.rows[1]?.cells.every((cell) => cell.assignments.length === 0)).toBe(true);
  });

  it('keeps one row per person in the planner’s order, with their planned hours', () => {
    const index = indexPlanner(aPlanner());
    expect(index.rows.map((row) => row.staff.name)).toEqual(['Ann Smith', 'Bo Jones']);
    expect(index.rows[0]?.hours?.plannedMinutes).toBe(1440);
    expect(index.rows[1]?.hours).toBeNull();
  });

  it('shows an absence on every period date it covers, and on none outside it', () => {
    const index = indexPlanner(aPlanner({ absences: [anAbsence()] }));
    expect(index.rows[1]?.cells.map((cell) => cell.absences.length)).toEqual([1, 1, 0, 0, 0]);
    expect(index.rows[0]?.cells.every((cell) => cell.absences.length === 0)).toBe(true);
  });

  it('marks the chips a breach names, and keeps breaches about the whole period (hours, fair share) on the person', () => {
    const rest = aViolation({ key: 'rest', assignmentIds: ['a-early', 'a-eve'] });
    const skill = aViolation({ key: 'skill', ruleId: 'required-skill', severity: 'hard', assignmentIds: ['a-eve'] });
    const hours = aViolation({ key: 'hours', ruleId: 'contracted-hours', assignmentIds: ['a-eve', 'a-early', 'a-eve-28'] });
    const index = indexPlanner(aPlanner({ violations: [rest, skill, hours] }));
    expect(index.assignmentsById.get('a-eve')?.violations.map((v) => v.key)).toEqual(['skill', 'rest']);
    expect(index.assignmentsById.get('a-early')?.violations.map((v) => v.key)).toEqual(['rest']);
    expect(index.rows[0]?.personViolations.map((v) => v.key)).toEqual(['hours']);
    // The rest breach sits on two chips but is one breach.
    expect(index.rows[0]).toMatchObject({ hardCount: 1, softCount: 2 });
    expect(index.hardViolations.map((v) => v.key)).toEqual(['skill']);
  });

  it('lists each date’s unfilled cover, worst first, and leaves covered shifts out', () => {
    const gaps = [
      aGap({ date: '2026-08-28', shiftTypeId: 'early', status: 'below-ideal', shortfall: 0, shortfallToIdeal: 1 }),
      aGap({ date: '2026-08-28' }),
      aGap({ date: '2026-08-29', status: 'covered', shortfall: 0, shortfallToIdeal: 0 }),
      aGap({ date: '2026-09-30' }),
    ];
    const index = indexPlanner(aPlanner({ gaps }));
    expect(index.gapsByDate.map((list) => list.map((entry) => entry.label))).toEqual([[], ['AE-EVE \u22121', 'E \u22121 ideal'], [], [], []]);
    expect(index.gapsByDate[1]?.[0]?.description).toBe('A&E evening 16:00\u201300:30: 1 of 2 minimum (ideal 2), 1 person short of the minimum');
    // Counted once here for the summary, the gap row and publishing; a gap outside the period is not counted.
    expect(index.belowMinimumCount).toBe(1);
  });

  it('gives each shift type a colour by its place in the list', () => {
    const index = indexPlanner(aPlanner());
    expect(index.shiftTypeTone.get('eve')).toBe(0);
    expect(index.shiftTypeTone.get('early')).toBe(1);
  });
});

describe('describeDate', () => {
  it('knows weekends and the bank holidays of England and Wales', () => {
    expect(describeDate('2026-08-29')).toEqual({ date: '2026-08-29', weekday: 6, weekend: true, bankHoliday: false });
    expect(describeDate('2026-08-31')).toEqual({ date: '2026-08-31', weekday: 1, weekend: false, bankHoliday: true });
    expect(describeDate('2026-08-27')).toMatchObject({ weekend: false, bankHoliday: false });
  });
});

describe('gapLabel', () => {
  it('says how many people a shift is short in the fewest characters', () => {
    expect(gapLabel(aGap({ shortfall: 2 }), 'AE-EVE')).toBe('AE-EVE \u22122');
    expect(gapLabel(aGap({ status: 'skill-mix-short', shortfall: 0 }), 'L')).toBe('L skill mix');
  });
});

describe('gapOnlyFromAbsence', () => {
  it('marks a gap that enough people are rostered for but approved absence takes below its minimum', () => {
    const away = aGap({ assigned: 2, counted: 1, notCounted: [{ assignmentId: 'a2', staffId: 'bo', reason: 'approved-absence' }] });
    expect(gapOnlyFromAbsence(away)).toBe(true);
    expect(gapDescription(away, 'A&E evening')).toBe('A&E evening: 1 of 2 minimum (ideal 2), 1 person short of the minimum, net of approved absence: 1 person rostered is away');
  });

  it('does not mark a gap short of people on the rota, or one short because someone lacks the skill', () => {
    expect(gapOnlyFromAbsence(aGap({ assigned: 1, counted: 0, notCounted: [{ assignmentId: 'a1', staffId: 'ann', reason: 'approved-absence' }] }))).toBe(false);
    expect(gapOnlyFromAbsence(aGap({ assigned: 2, counted: 1, notCounted: [{ assignmentId: 'a2', staffId: 'bo', reason: 'missing-skill' }] }))).toBe(false);
  });
});

describe('formatHours', () => {
  it('shows minutes as hours to one decimal', () => {
    expect(formatHours(1440)).toBe('24 h');
    expect(formatHours(1605)).toBe('26.8 h');
  });
});
