import { type AfcBand } from './afc-bands.js';
import { type ContractType } from './contract.js';
import { type Skill } from './skills.js';

/** A person employed by the department, as the domain sees them (no persistence fields). */
export interface StaffMember {
  id: string;
  organisationId: string;
  departmentId: string;
  teamId: string | null;
  employeeNumber: string;
  firstName: string;
  lastName: string;
  /** Job title, e.g. "Health records clerk". */
  jobTitle: string;
  band: AfcBand;
  /** 1-based point within the band (see payPointCount). */
  payPoint: number;
  contractType: ContractType;
  contractedHoursPerWeek: number;
  skills: readonly Skill[];
  lineManagerId: string | null;
  /** ISO date (yyyy-mm-dd): start of reckonable NHS service. */
  nhsServiceStartDate: string;
  workingTimeOptOut: boolean;
  /** ISO date of the last DBS check, or null if none is on file. */
  dbsCheckDate: string | null;
}
