import { addDays, isIsoDate, type IsoDate } from '@recordroom/calendar';
import { FULL_TIME_HOURS_PER_WEEK, isPartTime, type StaffMember } from '@recordroom/people';
import { checkSwap, createRotaChecker, type IsoWeekday, type RotaChecker } from '@recordroom/rota';
import { type DemoLocation } from '../department.js';
import { type DemoOrganisation } from '../organisation.js';
import { createRandom, type Random } from '../prng.js';
import { randomUuid } from '../uuid.js';
import { type DemoCoverRequirement, type DemoRota, type DemoRotaPeriod, type DemoShiftType, type DemoSwapRequest, type DemoWorkingPattern } from './demo-rota-model.js';
import { demoRotaInput } from './demo-rota-input.js';
import { drawAbsences } from './draw-absences.js';
import { createRotaFiller } from './fill-rota.js';
import { periodContaining, periodName, periodsFrom, PERIOD_DAYS } from './rota-calendar.js';
import { COVER_TEMPLATES, SHIFT_TYPE_TEMPLATES } from './rota-templates.js';

export interface DemoRotaOptions {
  /** The same seed and organisation give the same rota. Default 1. */
  seed?: number;
  /** The current (published) period is the four weeks containing this date. Default 2026-11-02. */
  referenceDate?: IsoDate;
  /** Finalised four-week periods before the current one: 14 cover the fairness ledger's 12 months. */
  historyPeriods?: number;
}

const DEFAULT_REFERENCE_DATE: IsoDate = '2026-11-02';
const DEFAULT_HISTORY_PERIODS = 14;
/** Streams after the organisation generator's (0, 1, 2 + department index) so they never meet. */
const FIRST_ROTA_STREAM = 1_000_000;
/** Share of the draft's other assignments left open, so the planner has gaps to fill. */
const DRAFT_OPEN_SHARE = 0.06;
/** A&E evenings in the draft left with nobody: the gap a manager asks candidates for. */
const DRAFT_OPEN_A_AND_E_EVENINGS = 2;

/**
 * The rota of every department of a demo organisation: shift types, cover, part-time working
 * patterns, 12 months of finalised periods, the published current period (valid: no hard breach,
 * cover near full), a draft next period with gaps (A&E evenings among them), leave approved and
 * requested, and swap requests. Deterministic: same organisation and options, same rota.
 *
 * @example generateDemoRota(generateDemoOrganisation()).periods.filter((p) => p.status === 'draft').length // 1
 */
export function generateDemoRota(organisation: DemoOrganisation, options: DemoRotaOptions = {}): DemoRota {
  const seed = options.seed ?? 1;
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  if (!isIsoDate(referenceDate)) throw new RangeError(`referenceDate is a calendar date (yyyy-mm-dd): ${String(referenceDate)}`);
  const historyPeriods = options.historyPeriods ?? DEFAULT_HISTORY_PERIODS;
  const rota: DemoRota = { shiftTypes: [], coverRequirements: [], workingPatterns: [], periods: [], shifts: [], assignments: [], absences: [], swaps: [] };
  organisation.departments.forEach((department, index) => {
    const part = departmentRota(
      {
        departmentId: department.id,
        staff: organisation.staff.filter((s) => s.departmentId === department.id),
        locations: organisation.locations.filter((l) => l.departmentId === department.id),
        referenceDate,
        historyPeriods,
      },
      createRandom(seed, FIRST_ROTA_STREAM + index),
    );
    for (const key of Object.keys(rota) as (keyof DemoRota)[]) (rota[key] as unknown[]).push(...part[key]);
  });
  return rota;
}

interface DepartmentRotaOptions {
  departmentId: string;
  staff: readonly StaffMember[];
  locations: readonly DemoLocation[];
  referenceDate: IsoDate;
  historyPeriods: number;
}

function departmentRota(options: DepartmentRotaOptions, random: Random): DemoRota {
  const { departmentId, staff, locations, referenceDate } = options;
  const organisationId = staff[0]?.organisationId ?? locations[0]?.organisationId ?? '';
  const manager = staff.find((s) => s.lineManagerId === null);
  const managerName = manager ? `${manager.firstName} ${manager.lastName}` : 'Health records manager';

  const shiftTypes = SHIFT_TYPE_TEMPLATES.flatMap((template): DemoShiftType[] => {
    const location = locations.find((l) => l.kind === template.locationKind);
    if (!location) return [];
    const { locationKind, ...fields } = template;
    void locationKind;
    return [{ ...fields, id: randomUuid(random), organisationId, departmentId, locationId: location.id, paidBreakMinutes: 0 }];
  });
  const typeByCode = new Map(shiftTypes.map((t) => [t.code, t]));
  const coverRequirements = COVER_TEMPLATES.flatMap((template) => {
    const type = typeByCode.get(template.shiftTypeCode);
    if (!type) return [];
    return template.weekdays.map(
      (weekday): DemoCoverRequirement => ({ id: randomUuid(random), organisationId, departmentId, locationId: type.locationId, shiftTypeId: type.id, appliesTo: { weekday }, minimum: template.minimum, ideal: template.ideal }),
    );
  });

  // Part-timers work fixed weekdays: as many 7.5-hour days as their hours need, at most five.
  const workingPatterns = staff.filter(isPartTime).map((person): DemoWorkingPattern => {
    const days = Math.min(5, Math.ceil(person.contractedHoursPerWeek / (FULL_TIME_HOURS_PER_WEEK / 5)));
    const weekdays = random.shuffle<IsoWeekday>([1, 2, 3, 4, 5]).slice(0, days).sort((a, b) => a - b);
    return { organisationId, staffId: person.id, weekdays };
  });

  const current = periodContaining(referenceDate);
  const dates = periodsFrom(addDays(current.startDate, -options.historyPeriods * PERIOD_DAYS), options.historyPeriods + 2);
  const first = dates[0];
  const draftDates = dates[dates.length - 1];
  if (!first || !draftDates) throw new RangeError('A demo rota has at least a current and a next period');

  const absences = drawAbsences(staff, { from: first.startDate, to: draftDates.endDate, draftFrom: draftDates.startDate, referenceDate, deciderName: managerName }, random);
  const filler = createRotaFiller({
    timelineStart: first.startDate,
    staff,
    patterns: new Map(workingPatterns.map((p) => [p.staffId, p.weekdays])),
    shiftTypes,
    cover: coverRequirements,
    absences,
    random,
  });

  const rota: DemoRota = { shiftTypes, coverRequirements, workingPatterns, periods: [], shifts: [], assignments: [], absences, swaps: [] };
  dates.forEach((range, index) => {
    const status = index === dates.length - 1 ? 'draft' : index === dates.length - 2 ? 'published' : 'finalised';
    const publishedOn = addDays(range.startDate, -21);
    const period: DemoRotaPeriod = {
      id: randomUuid(random),
      organisationId,
      departmentId,
      name: periodName(range),
      ...range,
      status,
      publishedAt: status === 'draft' ? null : `${publishedOn}T10:00:00.000Z`,
      publishedBy: status === 'draft' ? null : managerName,
    };
    const { shifts, assignments } = filler.fill(period.id, range.startDate, range.endDate);
    rota.periods.push(period);
    rota.shifts.push(...shifts);
    rota.assignments.push(...(status === 'draft' ? openDraftGaps(shifts, assignments, typeByCode.get('AE')?.id, random) : assignments));
  });
  const published = rota.periods.find((p) => p.status === 'published');
  if (published) {
    // The swaps are checked against the published rota as the API will check them before approval.
    const checker = createRotaChecker(demoRotaInput({ staff, locations }, rota, published.id));
    rota.swaps.push(...drawSwaps(rota, published.id, referenceDate, { departmentId, checker }, random));
  }
  return rota;
}

/**
 * Leaves the draft with gaps: every assignment of a few A&E evenings (so their cover falls below
 * the minimum, and the people taken off stay eligible to be asked back) and a share of the rest.
 */
function openDraftGaps<T extends { id: string; shiftId: string }>(shifts: readonly { id: string; shiftTypeId: string }[], assignments: readonly T[], aAndEEveningId: string | undefined, random: Random): T[] {
  const evenings = shifts.filter((s) => s.shiftTypeId === aAndEEveningId);
  const staffed = new Set(assignments.map((a) => a.shiftId));
  const emptied = new Set(random.shuffle(evenings.filter((s) => staffed.has(s.id))).slice(0, DRAFT_OPEN_A_AND_E_EVENINGS).map((s) => s.id));
  return assignments.filter((a) => !emptied.has(a.shiftId) && !random.chance(DRAFT_OPEN_SHARE));
}

/**
 * Swap requests on evening shifts still to come in the published period: one exchange and one
 * give-away, each the first in a shuffled order that checkSwap allows (a colleague already on a
 * shift that day, or on leave, would break a hard rule), on three different assignments. The
 * colleagues asked are those who work evenings (they hold the desk's skill), and an exchange is
 * of evenings on different dates, so few swaps are checked (each check is some milliseconds).
 */
function drawSwaps(rota: DemoRota, periodId: string, referenceDate: IsoDate, department: { departmentId: string; checker: RotaChecker }, random: Random): DemoSwapRequest[] {
  const { departmentId, checker } = department;
  const shiftById = new Map(rota.shifts.filter((s) => s.periodId === periodId).map((s) => [s.id, s]));
  const evenings = new Set(rota.shiftTypes.filter((t) => t.endsNextDay).map((t) => t.id));
  const future = random.shuffle(
    rota.assignments.filter((a) => {
      const shift = shiftById.get(a.shiftId);
      return shift !== undefined && shift.date > referenceDate && evenings.has(shift.shiftTypeId);
    }),
  );
  const dateOf = (a: { shiftId: string }): IsoDate | undefined => shiftById.get(a.shiftId)?.date;
  const colleagues = [...new Set(future.map((a) => a.staffId))];
  const swaps: DemoSwapRequest[] = [];
  const exchange = firstOf(future, (from) => future.find((other) => other.staffId !== from.staffId && dateOf(other) !== dateOf(from) && checkSwap({ assignmentId: from.id, withAssignmentId: other.id }, checker).allowed)?.id);
  const used = new Set<string>();
  if (exchange) {
    const [from, otherId] = exchange;
    const other = future.find((a) => a.id === otherId);
    if (other) {
      swaps.push({ id: randomUuid(random), organisationId: from.organisationId, departmentId, status: 'requested', fromAssignmentId: from.id, fromStaffId: from.staffId, toStaffId: other.staffId, toAssignmentId: other.id, note: 'Could we swap evenings? I have a family event.' });
      used.add(from.id).add(other.id);
    }
  }
  const giveAway = firstOf(
    future.filter((a) => !used.has(a.id)),
    (from) => colleagues.find((staffId) => staffId !== from.staffId && checkSwap({ assignmentId: from.id, toStaffId: staffId }, checker).allowed),
  );
  if (giveAway) {
    const [from, toStaffId] = giveAway;
    swaps.push({ id: randomUuid(random), organisationId: from.organisationId, departmentId, status: 'requested', fromAssignmentId: from.id, fromStaffId: from.staffId, toStaffId, toAssignmentId: null, note: 'Offered to cover my evening.' });
  }
  return swaps;
}

/** The first item for which `pick` finds something, with what it found. */
function firstOf<T, U>(items: readonly T[], pick: (item: T) => U | undefined): [T, U] | undefined {
  for (const item of items) {
    const found = pick(item);
    if (found !== undefined) return [item, found];
  }
  return undefined;
}
