import { SKILLS, type Skill } from '@recordroom/people';
import { z } from 'zod';
import { dateWithBankHolidayData, queryVersion, version } from '../common/fields.js';

const appliesTo = z.union([z.strictObject({ weekday: z.number().int().min(1).max(7) }), z.strictObject({ date: dateWithBankHolidayData })]);
const coverFields = {
  locationId: z.uuid(),
  shiftTypeId: z.uuid(),
  appliesTo,
  minimum: z.number().int().min(0).max(100),
  ideal: z.number().int().min(0).max(100),
  skillMix: z.array(z.strictObject({ skill: z.enum(SKILLS), minimum: z.number().int().min(1).max(100) })).max(SKILLS.length),
};

export const createCoverRequirementSchema = z.strictObject({
  departmentId: z.uuid().optional(),
  ...coverFields,
  skillMix: coverFields.skillMix.default([]),
});
export type CreateCoverRequirementDto = z.infer<typeof createCoverRequirementSchema>;

export const updateCoverRequirementSchema = z.strictObject({ version, ...z.object(coverFields).partial().shape });
export type UpdateCoverRequirementDto = z.infer<typeof updateCoverRequirementSchema>;

export const deleteCoverRequirementQuery = z.strictObject({ version: queryVersion });

export interface CoverRequirementDto {
  id: string;
  departmentId: string;
  locationId: string;
  shiftTypeId: string;
  appliesTo: { weekday: number } | { date: string };
  minimum: number;
  ideal: number;
  skillMix: { skill: Skill; minimum: number }[];
  version: number;
}
