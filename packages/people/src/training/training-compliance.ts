import { addDays, daysBetween, type IsoDate } from '@recordroom/calendar';
import { DEFAULT_DUE_SOON_DAYS } from '../due-status.js';
import { type Skill } from '../skills.js';
import { isCourseRequiredFor, type Course } from './course.js';
import { isInDate, trainingStatus, type CourseStatus, type TrainingCompletion } from './training-status.js';

/** The parts of a staff record training compliance needs. A StaffMember fits, with its dates. */
export interface TrainingPerson {
  id: string;
  teamId: string | null;
  departmentId: string;
  skills: readonly Skill[];
  /** First day with the employer; in post from any date when omitted. */
  employmentStartDate?: IsoDate;
  employmentEndDate?: IsoDate | null;
}

export interface ComplianceOptions {
  dueSoonDays?: number;
  /**
   * Days after starting during which a course never done is not yet counted against the person.
   * 0 by default: counted from the first day. No national figure (no source in ../shared/domain).
   */
  newStarterGraceDays?: number;
}

/** One required course for one person, as @recordroom/kpi's TrainingAssignment: valid until a day, or null when never done. */
export interface TrainingAssignment {
  staffId: string;
  courseId: string;
  /** Last day the completion is valid ('9999-12-31' for a course never renewed); null when never completed. */
  validUntil: IsoDate | null;
}

/** In-date pairs over required pairs, as a percentage (null when nothing is required). */
export interface ComplianceRatio {
  numerator: number;
  denominator: number;
  percent: number | null;
}

export interface ComplianceRow extends ComplianceRatio {
  /** The team or department id; null for staff in no team. */
  groupId: string | null;
  byCourse: (ComplianceRatio & { courseId: string })[];
}

interface RequiredPair {
  person: TrainingPerson;
  course: Course;
  status: CourseStatus;
}

function isInPost(person: TrainingPerson, today: IsoDate): boolean {
  return (person.employmentStartDate === undefined || person.employmentStartDate <= today) && (person.employmentEndDate === undefined || person.employmentEndDate === null || person.employmentEndDate >= today);
}

/**
 * The (person, course) pairs compliance counts on `today`: for every person in post that day,
 * every course required of them (all courses, or those naming a skill they hold), except a course
 * never done within `newStarterGraceDays` of starting.
 */
function requiredPairs(people: readonly TrainingPerson[], courses: readonly Course[], completions: readonly TrainingCompletion[], today: IsoDate, options: ComplianceOptions): RequiredPair[] {
  const byPerson = new Map<string, TrainingCompletion[]>();
  for (const c of completions) {
    const list = byPerson.get(c.staffId);
    if (list) list.push(c);
    else byPerson.set(c.staffId, [c]);
  }
  const grace = options.newStarterGraceDays ?? 0;
  const pairs: RequiredPair[] = [];
  for (const person of people) {
    if (!isInPost(person, today)) continue;
    const newStarter = person.employmentStartDate !== undefined && daysBetween(person.employmentStartDate, today) < grace;
    for (const course of courses) {
      if (!isCourseRequiredFor(course, person)) continue;
      const status = trainingStatus(course, byPerson.get(person.id) ?? [], today, options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS);
      if (newStarter && status.status === 'never-done') continue;
      pairs.push({ person, course, status });
    }
  }
  return pairs;
}

function ratio(pairs: readonly RequiredPair[]): ComplianceRatio {
  const numerator = pairs.filter((p) => isInDate(p.status.status)).length;
  return { numerator, denominator: pairs.length, percent: pairs.length === 0 ? null : (100 * numerator) / pairs.length };
}

/**
 * Mandatory training compliance on `today` per team or per department. The denominator is every
 * required (person, course) pair: one for each person in post that day and each course required
 * of them (see requiredPairs; new starters' never-done courses only after the grace days). The
 * numerator is the pairs in date: completed and not expired (due soon still counts). Bank staff
 * count when passed in; pass only the people in the manager's scope. Rows are in group order,
 * staff in no team last; percentages unrounded.
 *
 * @example
 * trainingCompliance(staff, [DATA_SECURITY_AWARENESS], completions, '2026-03-31', 'teamId')
 * // [{ groupId: 'library', numerator: 19, denominator: 20, percent: 95, byCourse: [...] }, ...]
 */
export function trainingCompliance(
  people: readonly TrainingPerson[],
  courses: readonly Course[],
  completions: readonly TrainingCompletion[],
  today: IsoDate,
  groupBy: 'teamId' | 'departmentId',
  options: ComplianceOptions = {},
): ComplianceRow[] {
  const groups = new Map<string | null, RequiredPair[]>();
  for (const pair of requiredPairs(people, courses, completions, today, options)) {
    const key = pair.person[groupBy];
    const list = groups.get(key);
    if (list) list.push(pair);
    else groups.set(key, [pair]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return keys.map((groupId) => {
    const pairs = groups.get(groupId) ?? [];
    const byCourse = courses.filter((c) => pairs.some((p) => p.course.id === c.id)).map((c) => ({ courseId: c.id, ...ratio(pairs.filter((p) => p.course.id === c.id)) }));
    return { groupId, ...ratio(pairs), byCourse };
  });
}

/**
 * The same required pairs as trainingCompliance, in @recordroom/kpi's TrainingAssignment shape,
 * to feed the `training-compliance-percent` KPI (computeTrainingCompliance counts validUntil ≥ the day).
 *
 * @example trainingAssignments(staff, [DATA_SECURITY_AWARENESS], completions, '2026-03-31')
 * // [{ staffId: 'ann', courseId: 'data-security-awareness', validUntil: '2026-06-30' }, ...]
 */
export function trainingAssignments(
  people: readonly TrainingPerson[],
  courses: readonly Course[],
  completions: readonly TrainingCompletion[],
  today: IsoDate,
  options: ComplianceOptions = {},
): TrainingAssignment[] {
  return requiredPairs(people, courses, completions, today, options).map(({ person, course, status }) => ({
    staffId: person.id,
    courseId: course.id,
    validUntil: status.completedOn === null ? null : status.dueOn === null ? '9999-12-31' : addDays(status.dueOn, -1),
  }));
}
