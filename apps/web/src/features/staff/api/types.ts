/**
 * The staff API's wire types (GET/PATCH /api/staff…). The vocabularies mirror packages/people;
 * see staff-vocabulary.ts.
 */
export type AfcBand = '2' | '3' | '4' | '5' | '6' | '7' | '8a' | '8b' | '8c' | '8d' | '9';
export type ContractType = 'permanent' | 'fixed-term' | 'bank';
export type Skill = 'a-and-e-desk' | 'reception' | 'tracking' | 'filing' | 'scanning' | 'coding' | 'sar';

export interface StaffMemberDto {
  id: string;
  employeeNumber: string;
  firstName: string;
  lastName: string;
  displayName: string;
  jobTitle: string;
  band: AfcBand;
  payPoint: number;
  contractType: ContractType;
  contractedHoursPerWeek: number;
  wholeTimeEquivalent: number;
  skills: Skill[];
  teamId: string | null;
  teamName: string | null;
  departmentId: string;
  departmentName: string;
  lineManagerId: string | null;
  lineManagerName: string | null;
  /** ISO date. */
  nhsServiceStartDate: string;
  workingTimeOptOut: boolean;
  /** ISO date of the last DBS check, or null when none is on file. */
  dbsCheckDate: string | null;
  /** Optimistic-concurrency version: send it back with every change. */
  version: number;
  updatedAt: string;
}

/** The fields a PATCH may change. */
export type StaffMemberChanges = Partial<
  Pick<
    StaffMemberDto,
    | 'firstName'
    | 'lastName'
    | 'jobTitle'
    | 'band'
    | 'payPoint'
    | 'contractType'
    | 'contractedHoursPerWeek'
    | 'skills'
    | 'teamId'
    | 'workingTimeOptOut'
    | 'dbsCheckDate'
  >
>;

export interface StaffPage {
  items: StaffMemberDto[];
  page: number;
  pageSize: number;
  total: number;
}

export const STAFF_SORT_KEYS = [
  'lastName',
  'employeeNumber',
  'band',
  'contractedHoursPerWeek',
  'teamName',
  'nhsServiceStartDate',
  'dbsCheckDate',
] as const;
export type StaffSortKey = (typeof STAFF_SORT_KEYS)[number];
export type SortOrder = 'asc' | 'desc';

/** GET /api/staff/summary, scoped by the API to what the caller may see. */
export interface StaffSummary {
  headcount: number;
  wholeTimeEquivalent: number;
  partTimeHeadcount: number;
  byBand: { band: AfcBand; headcount: number; wholeTimeEquivalent: number }[];
  byTeam: { teamId: string | null; teamName: string; headcount: number }[];
  dbsChecksDue: DbsCheckDue[];
}

export interface DbsCheckDue {
  id: string;
  displayName: string;
  dbsCheckDate: string | null;
}
