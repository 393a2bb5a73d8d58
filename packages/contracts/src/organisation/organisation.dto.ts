import { LOCATION_KINDS, type LocationKind } from '@recordroom/people';
import { z } from 'zod';

const unitName = z.string().trim().min(1, 'is required').max(120);

export const createDepartmentSchema = z.strictObject({
  name: unitName,
  costCentre: z.string().trim().min(1, 'is required').max(20),
});
export const updateDepartmentSchema = z.strictObject({ version: z.number().int().min(1), ...createDepartmentSchema.partial().shape });

export const createTeamSchema = z.strictObject({
  name: unitName,
  departmentId: z.uuid().optional(),
  leadStaffId: z.uuid().nullable().default(null),
});
export const updateTeamSchema = z.strictObject({
  version: z.number().int().min(1),
  name: unitName.optional(),
  leadStaffId: z.uuid().nullable().optional(),
});

export const createLocationSchema = z.strictObject({
  name: unitName,
  kind: z.enum(LOCATION_KINDS),
  departmentId: z.uuid().optional(),
});
export const updateLocationSchema = z.strictObject({
  version: z.number().int().min(1),
  name: unitName.optional(),
  kind: z.enum(LOCATION_KINDS).optional(),
});

export const versionQuery = z.strictObject({ version: z.coerce.number().int().min(1) });

export type CreateDepartmentDto = z.infer<typeof createDepartmentSchema>;
export type UpdateDepartmentDto = z.infer<typeof updateDepartmentSchema>;
export type CreateTeamDto = z.infer<typeof createTeamSchema>;
export type UpdateTeamDto = z.infer<typeof updateTeamSchema>;
export type CreateLocationDto = z.infer<typeof createLocationSchema>;
export type UpdateLocationDto = z.infer<typeof updateLocationSchema>;

export interface DepartmentDto { id: string; name: string; costCentre: string; version: number }
export interface TeamDto { id: string; name: string; departmentId: string; leadStaffId: string | null; version: number }
export interface LocationDto { id: string; name: string; kind: LocationKind; departmentId: string; version: number }
/** GET /api/organisation: the trust's structure as the caller may see it. */
export interface OrganisationDto {
  id: string;
  name: string;
  odsCode: string;
  departments: DepartmentDto[];
  teams: TeamDto[];
  locations: LocationDto[];
}
