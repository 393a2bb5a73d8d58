import type { StaffMemberDto } from '@recordroom/contracts';

/** How the fields of a staff record are named on screen (summary, form, audit trail). */
export const STAFF_FIELD_LABELS: Readonly<Partial<Record<keyof StaffMemberDto | 'organisationId', string>>> = {
  employeeNumber: 'Employee number',
  firstName: 'First name',
  lastName: 'Last name',
  displayName: 'Name',
  jobTitle: 'Job title',
  band: 'Band',
  payPoint: 'Pay point',
  contractType: 'Contract',
  contractedHoursPerWeek: 'Contracted hours a week',
  wholeTimeEquivalent: 'Whole-time equivalent',
  skills: 'Skills',
  teamId: 'Team',
  teamName: 'Team',
  departmentId: 'Department',
  departmentName: 'Department',
  lineManagerId: 'Line manager',
  lineManagerName: 'Line manager',
  nhsServiceStartDate: 'NHS service start date',
  workingTimeOptOut: 'Working time opt-out',
  dbsCheckDate: 'Last DBS check',
  organisationId: 'Organisation',
};
