/** The columns the staff directory may be sorted by (GET /staff?sort=). Free of zod, so the dashboard can use it as a value. */
export const STAFF_SORTS = ['lastName', 'employeeNumber', 'band', 'contractedHoursPerWeek', 'teamName', 'nhsServiceStartDate', 'dbsCheckDate'] as const;
export type StaffSort = (typeof STAFF_SORTS)[number];

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
