import { ABSENCE_STATUSES } from '@recordroom/rota';

/**
 * The statuses an absence record holds: the domain's (requested, approved, declined), and
 * `cancelled` for a request withdrawn by the requester or a manager (kept for the record).
 */
export const ABSENCE_RECORD_STATUSES = [...ABSENCE_STATUSES, 'cancelled'] as const;
export type AbsenceRecordStatus = (typeof ABSENCE_RECORD_STATUSES)[number];

/** A swap request is asked, then approved or declined by a manager, or cancelled by the requester. */
export const SWAP_STATUSES = ['requested', 'approved', 'declined', 'cancelled'] as const;
export type SwapStatus = (typeof SWAP_STATUSES)[number];
