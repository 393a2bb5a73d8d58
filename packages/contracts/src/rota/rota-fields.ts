import { isWallClockTime } from '@recordroom/rota';
import { z } from 'zod';

/** Field schemas shared by the rota's request bodies and queries (dates and versions: ../common/fields.ts). */
export const wallClockTime = z.string().refine(isWallClockTime, 'must be a 24-hour time written HH:MM');
/** Why a published rota changed: kept in the audit trail, so it is worth reading later. */
export const reason = z.string().trim().min(3, 'must say why, in a few words').max(500);
export const note = z.string().trim().max(500);

const DECISIONS = ['approve', 'decline'] as const;
/** A manager's or officer's answer to a leave or swap request. */
export type Decision = (typeof DECISIONS)[number];
export const decision = z.enum(DECISIONS);

/** `?departmentId=`: required of admins and senior managers, who see every department; others default to their own. */
export const departmentQuery = z.strictObject({ departmentId: z.uuid().optional() });
export type DepartmentQuery = z.infer<typeof departmentQuery>;
