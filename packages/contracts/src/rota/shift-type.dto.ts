import { SKILLS, type Skill } from '@recordroom/people';
import { z } from 'zod';
import { version } from '../common/fields.js';
import { wallClockTime } from './rota-fields.js';

const shiftTypeFields = {
  code: z.string().trim().regex(/^[A-Za-z0-9-]{1,12}$/, 'must be 1-12 letters, digits or hyphens'),
  name: z.string().trim().min(1, 'is required').max(100),
  start: wallClockTime,
  end: wallClockTime,
  endsNextDay: z.boolean(),
  unpaidBreakMinutes: z.number().int().min(0).max(240),
  paidBreakMinutes: z.number().int().min(0).max(240),
  locationId: z.uuid(),
  requiredSkill: z.enum(SKILLS).nullable(),
};

export const createShiftTypeSchema = z.strictObject({
  departmentId: z.uuid().optional(),
  ...shiftTypeFields,
  paidBreakMinutes: shiftTypeFields.paidBreakMinutes.default(0),
});
export type CreateShiftTypeDto = z.infer<typeof createShiftTypeSchema>;

export const updateShiftTypeSchema = z.strictObject({ version, ...z.object(shiftTypeFields).partial().shape });
export type UpdateShiftTypeDto = z.infer<typeof updateShiftTypeSchema>;

export interface ShiftTypeDto {
  id: string;
  departmentId: string;
  code: string;
  name: string;
  /** Wall clock, HH:MM. */
  start: string;
  end: string;
  endsNextDay: boolean;
  unpaidBreakMinutes: number;
  paidBreakMinutes: number;
  locationId: string;
  locationName: string;
  requiredSkill: Skill | null;
  /** Wall clock minus the unpaid break. */
  paidMinutes: number;
  version: number;
}
