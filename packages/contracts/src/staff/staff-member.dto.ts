import { AFC_BANDS, CONTRACT_TYPES, CONTRACTED_HOURS_LIMITS, SKILLS, type AfcBand, type ContractType, type Skill } from '@recordroom/people';
import { z } from 'zod';
import { nhsServiceDate, queryVersion, recordDate, version } from '../common/fields.js';
import { pagingQuery } from '../common/paging.js';
import { SORT_ORDERS, STAFF_SORTS } from './staff-sorts.js';

const name = z.string().trim().min(1, 'is required').max(100);

/** Every field a staff member record holds that a person may set. */
const staffFields = {
  employeeNumber: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,20}$/, 'must be 1-20 letters, digits or hyphens'),
  firstName: name,
  lastName: name,
  jobTitle: z.string().trim().min(1, 'is required').max(120),
  departmentId: z.uuid(),
  teamId: z.uuid().nullable(),
  band: z.enum(AFC_BANDS),
  payPoint: z.number().int().min(1).max(3),
  contractType: z.enum(CONTRACT_TYPES),
  contractedHoursPerWeek: z
    .number()
    .min(CONTRACTED_HOURS_LIMITS.min, `must be between ${CONTRACTED_HOURS_LIMITS.min} and ${CONTRACTED_HOURS_LIMITS.max}`)
    .max(CONTRACTED_HOURS_LIMITS.max, `must be between ${CONTRACTED_HOURS_LIMITS.min} and ${CONTRACTED_HOURS_LIMITS.max}`)
    .multipleOf(0.25, 'must be in quarter hours'),
  skills: z.array(z.enum(SKILLS)).max(SKILLS.length).refine((s) => new Set(s).size === s.length, 'must not repeat a skill'),
  lineManagerId: z.uuid().nullable(),
  /** From the day the NHS began; at most a year ahead of today (a new starter), a rule of the API's. */
  nhsServiceStartDate: nhsServiceDate,
  workingTimeOptOut: z.boolean(),
  /** Not after today, a rule of the API's. */
  dbsCheckDate: recordDate.nullable(),
};

export const createStaffSchema = z.strictObject({
  ...staffFields,
  // A manager's new starters join their own department unless they say otherwise.
  departmentId: staffFields.departmentId.optional(),
  teamId: staffFields.teamId.default(null),
  skills: staffFields.skills.default([]),
  lineManagerId: staffFields.lineManagerId.default(null),
  workingTimeOptOut: staffFields.workingTimeOptOut.default(false),
  dbsCheckDate: staffFields.dbsCheckDate.default(null),
});
export type CreateStaffDto = z.infer<typeof createStaffSchema>;
/** POST /staff as a client writes it: defaulted fields may be left out. */
export type CreateStaffBody = z.input<typeof createStaffSchema>;

export const updateStaffSchema = z.strictObject({
  version,
  ...z.object(staffFields).partial().shape,
});
export type UpdateStaffDto = z.infer<typeof updateStaffSchema>;
/** PATCH /staff/:id as a client writes it: the version read, and only the fields that change. */
export type UpdateStaffBody = z.input<typeof updateStaffSchema>;
export type StaffFieldName = keyof typeof staffFields;

export const deleteStaffQuery = z.strictObject({ version: queryVersion });

const staffFilterFields = {
  search: z.string().trim().max(100).optional().describe('Part of a name or employee number'),
  band: z.enum(AFC_BANDS).optional(),
  teamId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
  contractType: z.enum(CONTRACT_TYPES).optional(),
  skill: z.enum(SKILLS).optional(),
  sort: z.enum(STAFF_SORTS).default('lastName'),
  order: z.enum(SORT_ORDERS).default('asc'),
};

export const listStaffQuery = z.strictObject({ ...pagingQuery, ...staffFilterFields });
export type ListStaffQuery = z.infer<typeof listStaffQuery>;

export const exportStaffQuery = z.strictObject(staffFilterFields);
export type ExportStaffQuery = z.infer<typeof exportStaffQuery>;
export type StaffFilter = Omit<ExportStaffQuery, 'sort' | 'order'>;

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

/** A person whose DBS check is missing or due for renewal (GET /staff/summary). */
export interface DbsCheckDueDto {
  id: string;
  displayName: string;
  dbsCheckDate: string | null;
}

/** GET /staff/summary, scoped to what the caller may see. */
export interface StaffSummaryDto {
  headcount: number;
  wholeTimeEquivalent: number;
  partTimeHeadcount: number;
  byBand: { band: AfcBand; headcount: number; wholeTimeEquivalent: number }[];
  byTeam: { teamId: string | null; teamName: string; headcount: number }[];
  dbsChecksDue: DbsCheckDueDto[];
}
