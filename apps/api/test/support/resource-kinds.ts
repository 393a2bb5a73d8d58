/**
 * What an id names, read from where it appears: a path parameter (with its route for `:id`) or a
 * body/query field. The fuzzer uses it to send ids that exist, so requests get past "not found"
 * into the logic behind; the access matrix uses it to build in-scope and out-of-scope targets.
 */
export const RESOURCE_KINDS = [
  'organisation',
  'department',
  'team',
  'location',
  'staff',
  'account',
  'shift-type',
  'cover-requirement',
  'period',
  'shift',
  'assignment',
  'absence',
  'swap',
  /** A sickness episode of line management (/people/sickness/:id). */
  'sickness-episode',
  /** A mandatory training course: the national ones are every organisation's. */
  'course',
  /** An auto-rostering solve of a period. */
  'solve',
  /** A funded line of a department's establishment (pay). */
  'establishment-line',
  /** Time worked when called out during an on-call duty (pay). */
  'call-out',
  /** A KPI catalogue id: the same for every organisation. */
  'kpi',
  /** A calendar feed's secret token (the route is public, the token is the key). */
  'calendar-token',
  /** Records-quality audits (not the audit trail): a standard of the library, a template, an audit, an action. */
  'quality-standard',
  'audit-template',
  'quality-audit',
  'audit-action',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** `:id` by the route's collection, the path segment before it. */
const COLLECTIONS: Readonly<Record<string, ResourceKind>> = {
  departments: 'department',
  teams: 'team',
  locations: 'location',
  staff: 'staff',
  'shift-types': 'shift-type',
  'cover-requirements': 'cover-requirement',
  periods: 'period',
  absences: 'absence',
  swaps: 'swap',
  sickness: 'sickness-episode',
  solves: 'solve',
  standards: 'quality-standard',
  templates: 'audit-template',
  audits: 'quality-audit',
  actions: 'audit-action',
  'establishment-lines': 'establishment-line',
  'call-outs': 'call-out',
};

/** Fields and named path parameters, by name. */
const FIELDS: Readonly<Record<string, ResourceKind>> = {
  organisationId: 'organisation',
  departmentId: 'department',
  teamId: 'team',
  locationId: 'location',
  staffId: 'staff',
  toStaffId: 'staff',
  lineManagerId: 'staff',
  leadStaffId: 'staff',
  actorId: 'account',
  shiftTypeId: 'shift-type',
  periodId: 'period',
  shiftId: 'shift',
  assignmentId: 'assignment',
  fromAssignmentId: 'assignment',
  toAssignmentId: 'assignment',
  kpiId: 'kpi',
  courseId: 'course',
  token: 'calendar-token',
  templateId: 'audit-template',
  auditId: 'quality-audit',
  auditorStaffId: 'staff',
  ownerStaffId: 'staff',
};

/** The kind of a path parameter of `path` ('/api/staff/:id'), or undefined if nobody has said. */
export function pathParameterKind(path: string, parameter: string): ResourceKind | undefined {
  if (parameter !== 'id') return FIELDS[parameter];
  const segments = path.split('/');
  const at = segments.indexOf(':id');
  return COLLECTIONS[segments[at - 1] ?? ''];
}

/** The kind of id a body or query field holds, by its name, if it names one. */
export function fieldKind(name: string): ResourceKind | undefined {
  return FIELDS[name];
}
