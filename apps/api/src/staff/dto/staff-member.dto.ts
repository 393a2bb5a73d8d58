import { isIsoDate } from '@recordroom/calendar';
import { AFC_BANDS, CONTRACT_TYPES, CONTRACTED_HOURS_LIMITS, SKILLS } from '@recordroom/people';
import { z } from 'zod';
import { pagingQuery } from '../../http/paging.js';

const isoDate = z.string().refine(isIsoDate, 'must be a date written yyyy-mm-dd');
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
  nhsServiceStartDate: isoDate,
  workingTimeOptOut: z.boolean(),
  dbsCheckDate: isoDate.nullable(),
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

export const updateStaffSchema = z.strictObject({
  version: z.number().int().min(1),
  ...z.object(staffFields).partial().shape,
});
export type UpdateStaffDto = z.infer<typeof updateStaffSchema>;
export type StaffFieldName = keyof typeof staffFields;

export const deleteStaffQuery = z.strictObject({ version: z.coerce.number().int().min(1) });

export const STAFF_SORTS = ['lastName', 'employeeNumber', 'band', 'contractedHoursPerWeek', 'teamName', 'nhsServiceStartDate', 'dbsCheckDate'] as const;
export type StaffSort = (typeof STAFF_SORTS)[number];

const staffFilterFields = {
  search: z.string().trim().max(100).optional().describe('Part of a name or employee number'),
  band: z.enum(AFC_BANDS).optional(),
  teamId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
  contractType: z.enum(CONTRACT_TYPES).optional(),
  skill: z.enum(SKILLS).optional(),
  sort: z.enum(STAFF_SORTS).default('lastName'),
  order: z.enum(['asc', 'desc']).default('asc'),
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
  band: (typeof AFC_BANDS)[number];
  payPoint: number;
  contractType: (typeof CONTRACT_TYPES)[number];
  contractedHoursPerWeek: number;
  wholeTimeEquivalent: number;
  skills: (typeof SKILLS)[number][];
  teamId: string | null;
  teamName: string | null;
  departmentId: string;
  departmentName: string;
  lineManagerId: string | null;
  lineManagerName: string | null;
  nhsServiceStartDate: string;
  workingTimeOptOut: boolean;
  dbsCheckDate: string | null;
  version: number;
  updatedAt: string;
}

export interface StaffSummaryDto {
  headcount: number;
  wholeTimeEquivalent: number;
  partTimeHeadcount: number;
  byBand: { band: string; headcount: number; wholeTimeEquivalent: number }[];
  byTeam: { teamId: string | null; teamName: string; headcount: number }[];
  dbsChecksDue: { id: string; displayName: string; dbsCheckDate: string | null }[];
}
