import { type StaffMemberDto } from '@recordroom/contracts';
import { wholeTimeEquivalent } from '@recordroom/people';
import { type StaffMemberEntity } from './staff-member.entity.js';
import { type StaffMemberRow } from './staff.repository.js';

export function toStaffMemberDto({ staff, teamName, departmentName, lineManagerName }: StaffMemberRow): StaffMemberDto {
  return {
    id: staff.id,
    employeeNumber: staff.employeeNumber,
    firstName: staff.firstName,
    lastName: staff.lastName,
    displayName: `${staff.firstName} ${staff.lastName}`,
    jobTitle: staff.jobTitle,
    band: staff.band,
    payPoint: staff.payPoint,
    contractType: staff.contractType,
    contractedHoursPerWeek: staff.contractedHoursPerWeek,
    wholeTimeEquivalent: wholeTimeEquivalent(staff.contractedHoursPerWeek),
    skills: [...staff.skills],
    teamId: staff.teamId,
    teamName,
    departmentId: staff.departmentId,
    departmentName,
    lineManagerId: staff.lineManagerId,
    lineManagerName,
    nhsServiceStartDate: staff.nhsServiceStartDate,
    workingTimeOptOut: staff.workingTimeOptOut,
    dbsCheckDate: staff.dbsCheckDate,
    version: staff.version,
    updatedAt: staff.updatedAt.toISOString(),
  };
}

/** The fields of a record that the audit trail keeps in its before/after snapshots. */
export function staffAuditSnapshot(staff: StaffMemberEntity): Record<string, unknown> {
  return {
    employeeNumber: staff.employeeNumber,
    firstName: staff.firstName,
    lastName: staff.lastName,
    jobTitle: staff.jobTitle,
    departmentId: staff.departmentId,
    teamId: staff.teamId,
    band: staff.band,
    payPoint: staff.payPoint,
    contractType: staff.contractType,
    contractedHoursPerWeek: staff.contractedHoursPerWeek,
    skills: [...staff.skills],
    lineManagerId: staff.lineManagerId,
    nhsServiceStartDate: staff.nhsServiceStartDate,
    workingTimeOptOut: staff.workingTimeOptOut,
    dbsCheckDate: staff.dbsCheckDate,
    version: staff.version,
  };
}
