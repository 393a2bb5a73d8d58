export * from './afc-bands.js';
export * from './contract.js';
export * from './locations.js';
export * from './reporting-line.js';
export * from './roles.js';
export * from './skills.js';
export * from './staff-member.js';
export * from './whole-time-equivalent.js';
export * from './dbs-renewal.js';
export * from './part-time.js';

// Shared by line management: dates, due dates, schedules, field errors.
export * from './date-range.js';
export * from './due-status.js';
export { formatDate } from './format-date.js';
export * from './work-schedule.js';
export * from './validation/field-error.js';

// Annual leave in hours.
export * from './leave/afc-annual-leave.js';
export * from './leave/reckonable-service.js';
export * from './leave/leave-year.js';
export * from './leave/leave-settings.js';
export * from './leave/leave-entitlement.js';
export * from './leave/leave-booking.js';
export * from './leave/leave-balance.js';
export * from './leave/carry-over.js';
export * from './leave/leave-schedule.js';
export * from './leave/validate-leave-request.js';

// Sickness.
export * from './sickness/sickness-episode.js';
export * from './sickness/sickness-reasons.js';
export * from './sickness/validate-sickness-episode.js';
export * from './sickness/return-to-work.js';
export * from './sickness/bradford-factor.js';
export * from './sickness/sickness-absence-rate.js';

// Appraisal and mandatory training.
export * from './training/course.js';
export * from './training/training-status.js';
export * from './training/validate-training-completion.js';
export * from './training/training-compliance.js';
export * from './training/appraisal.js';

// Checks.
export * from './checks/right-to-work.js';
export * from './checks/probation.js';

// What needs a line manager's attention this week.
export * from './attention/attention-item.js';
export * from './attention/attention-list.js';
