import { isIsoDate, type IsoDate } from '@recordroom/calendar';
import { formatDate } from '../format-date.js';
import { type FieldError } from '../validation/field-error.js';
import { type Course } from './course.js';
import { type TrainingCompletion } from './training-status.js';

/**
 * Problems with a training completion, each naming its field: no person, a course not on the
 * list, a date that is not a date or is after today (a completion is recorded once done).
 *
 * @example validateTrainingCompletion({ staffId: 'ann', courseId: 'data-security-awareness', completedOn: '2026-03-20' }, { today: '2026-03-16', courses: [DATA_SECURITY_AWARENESS] })
 * // [{ field: 'completedOn', message: 'is Fri 20 Mar 2026, after today (Mon 16 Mar 2026): record a completion once it is done' }]
 */
export function validateTrainingCompletion(completion: TrainingCompletion, context: { today: IsoDate; courses: readonly Course[] }): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof completion.staffId !== 'string' || completion.staffId === '') errors.push({ field: 'staffId', message: 'is required' });
  if (!context.courses.some((c) => c.id === completion.courseId)) {
    errors.push({ field: 'courseId', message: `must be one of the courses (${context.courses.map((c) => c.id).join(', ')}), not ${JSON.stringify(completion.courseId)}` });
  }
  if (!isIsoDate(completion.completedOn)) errors.push({ field: 'completedOn', message: `must be a date (yyyy-mm-dd), not ${JSON.stringify(completion.completedOn)}` });
  else if (completion.completedOn > context.today) {
    errors.push({ field: 'completedOn', message: `is ${formatDate(completion.completedOn)}, after today (${formatDate(context.today)}): record a completion once it is done` });
  }
  return errors;
}
