import { z } from 'zod';
import { pagingQuery } from '../../http/paging.js';
import { SWAP_STATUSES, type SwapStatus } from '../entities/swap-request.entity.js';
import { decision, note, version } from './rota-fields.js';

export const createSwapSchema = z.strictObject({
  fromAssignmentId: z.uuid(),
  toStaffId: z.uuid(),
  toAssignmentId: z.uuid().optional(),
  note: note.optional(),
});
export type CreateSwapDto = z.infer<typeof createSwapSchema>;

export const swapDecisionSchema = z.strictObject({ decision, version, note: note.optional() });
export type SwapDecisionDto = z.infer<typeof swapDecisionSchema>;

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
