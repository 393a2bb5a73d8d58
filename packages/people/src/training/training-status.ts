import { addMonthsClamped, type IsoDate } from '@recordroom/calendar';
import { DEFAULT_DUE_SOON_DAYS, dueStatus } from '../due-status.js';
import { type Course } from './course.js';

/** A person completing a course on a day. */
export interface TrainingCompletion {
  id?: string;
  staffId: string;
  courseId: string;
  completedOn: IsoDate;
}

/**
 * compliant: done and in date; due-soon: in date, renewal due within the due-soon window;
 * expired: the renewal date has come; never-done.
 */
export type TrainingStatus = 'compliant' | 'due-soon' | 'expired' | 'never-done';

export interface CourseStatus {
  courseId: string;
  status: TrainingStatus;
  /** The latest completion on or before the day asked about. */
  completedOn: IsoDate | null;
  /** The day the completion stops being valid and renewal is due; null when never done or never renewed. */
  dueOn: IsoDate | null;
}

/**
 * Where one person stands on a course on `today`, from their completions (completions after
 * `today` are ignored, so the status on a past date is what it was then). A completion on
 * 10 Mar 2025 of a yearly course is valid to 9 Mar 2026 and expired from 10 Mar 2026.
 *
 * @example trainingStatus(DATA_SECURITY_AWARENESS, [{ staffId: 'ann', courseId: 'data-security-awareness', completedOn: '2025-03-10' }], '2026-02-20')
 * // { courseId: 'data-security-awareness', status: 'due-soon', completedOn: '2025-03-10', dueOn: '2026-03-10' }
 */
export function trainingStatus(course: Course, completions: readonly TrainingCompletion[], today: IsoDate, dueSoonDays = DEFAULT_DUE_SOON_DAYS): CourseStatus {
  let completedOn: IsoDate | null = null;
  for (const c of completions) if (c.courseId === course.id && c.completedOn <= today && (completedOn === null || c.completedOn > completedOn)) completedOn = c.completedOn;
  if (completedOn === null) return { courseId: course.id, status: 'never-done', completedOn, dueOn: null };
  if (course.renewalMonths === null) return { courseId: course.id, status: 'compliant', completedOn, dueOn: null };
  const dueOn = addMonthsClamped(completedOn, course.renewalMonths);
  const due = dueStatus(dueOn, today, dueSoonDays);
  return { courseId: course.id, status: due === 'due' ? 'expired' : due === 'due-soon' ? 'due-soon' : 'compliant', completedOn, dueOn };
}

/**
 * True for a status that counts as in date: compliant, or due soon but not yet expired.
 *
 * @example isInDate('due-soon') // true
 */
export function isInDate(status: TrainingStatus): boolean {
  return status === 'compliant' || status === 'due-soon';
}
