import { type Skill } from '../skills.js';

/** A mandatory training course and how often it must be renewed. */
export interface Course {
  id: string;
  name: string;
  /** Months a completion stays valid; null for a course done once (an induction). */
  renewalMonths: number | null;
  /** Required only of staff holding one of these skills; of everyone when omitted. */
  requiredForSkills?: readonly Skill[];
}

/**
 * Data security awareness, renewed every year: the national Data Security Awareness Level 1
 * e-learning or a local equivalent, annual for all staff under the DSPT (to 2022/23 with a 95%
 * target, since then by training needs analysis) (../shared/domain/records-service-standards.md §5, [V]).
 */
export const DATA_SECURITY_AWARENESS: Course = { id: 'data-security-awareness', name: 'Data security awareness', renewalMonths: 12 };

/**
 * True when the course is required of a person with these skills.
 *
 * @example isCourseRequiredFor({ id: 'coding-standards', name: 'Clinical coding standards', renewalMonths: 36, requiredForSkills: ['coding'] }, { skills: ['filing'] }) // false
 */
export function isCourseRequiredFor(course: Course, person: { skills: readonly Skill[] }): boolean {
  return course.requiredForSkills === undefined || course.requiredForSkills.some((s) => person.skills.includes(s));
}
