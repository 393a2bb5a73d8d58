import { type StaffMember } from '@recordroom/people';
import { type DemoDepartment, type DemoLocation, type DemoTeam } from '../department.js';
import { type DemoOrganisation } from '../organisation.js';

export interface DepartmentView {
  department: DemoDepartment;
  staff: StaffMember[];
  teams: DemoTeam[];
  locations: DemoLocation[];
}

/** An organisation cut into its departments, so a test can state what holds in each. */
export function departmentsOf(organisation: DemoOrganisation): DepartmentView[] {
  return organisation.departments.map((department) => ({
    department,
    staff: organisation.staff.filter((person) => person.departmentId === department.id),
    teams: organisation.teams.filter((team) => team.departmentId === department.id),
    locations: organisation.locations.filter((location) => location.departmentId === department.id),
  }));
}
