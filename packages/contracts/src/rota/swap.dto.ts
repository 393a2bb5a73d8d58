import { z } from 'zod';
import { version } from '../common/fields.js';
import { pagingQuery } from '../common/paging.js';
import { SWAP_STATUSES, type SwapStatus } from './record-statuses.js';
import { decision, note } from './rota-fields.js';

export const createSwapSchema = z.strictObject({
  fromAssignmentId: z.uuid(),
  toStaffId: z.uuid(),
  toAssignmentId: z.uuid().optional(),
  note: note.optional(),
});
export type CreateSwapDto = z.infer<typeof createSwapSchema>;
export type CreateSwapBody = z.input<typeof createSwapSchema>;

export const swapDecisionSchema = z.strictObject({ decision, version, note: note.optional() });
export type SwapDecisionDto = z.infer<typeof swapDecisionSchema>;
export type SwapDecisionBody = z.input<typeof swapDecisionSchema>;

export const cancelSwapSchema = z.strictObject({ version });
export type CancelSwapDto = z.infer<typeof cancelSwapSchema>;

export const mySwapsQuery = z.strictObject({ ...pagingQuery });
export type MySwapsQuery = z.infer<typeof mySwapsQuery>;

export const listSwapsQuery = z.strictObject({ ...pagingQuery, status: z.enum(SWAP_STATUSES).optional(), departmentId: z.uuid().optional() });
export type ListSwapsQuery = z.infer<typeof listSwapsQuery>;

export interface SwapDto {
  id: string;
  status: SwapStatus;
  from: { assignmentId: string; staffId: string; staffName: string; date: string; shiftTypeCode: string };
  to: { staffId: string; staffName: string; assignmentId: string | null; date: string | null; shiftTypeCode: string | null };
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  version: number;
}
