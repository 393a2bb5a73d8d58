import { type SwapShiftDto } from '@recordroom/contracts';

/**
 * An assignment as a swap sees it: whose it is, when, in which period, and whether it may still be
 * offered (a published period, not yet started, not already part of a swap waiting for a decision).
 */
export interface SwappableAssignment extends SwapShiftDto {
  staffId: string;
  shiftId: string;
  periodId: string;
  periodStatus: 'draft' | 'published' | 'finalised';
  /** The shift starts after now (its wall-clock start read in Europe/London, where the rota runs). */
  inFuture: boolean;
  /** The assignment is offered, or asked for in exchange, in a swap still waiting for a decision. */
  swapPending: boolean;
  /** In a published period, still to come, and in no pending swap. */
  offerable: boolean;
}

/** Whether a shift can be offered in a swap: on a published rota, still to come, in no swap waiting for a decision. */
export function isOfferable(a: { periodStatus: SwappableAssignment['periodStatus']; inFuture: boolean; swapPending: boolean }): boolean {
  return a.periodStatus === 'published' && a.inFuture && !a.swapPending;
}

/** Why an assignment cannot be offered in a swap now, as a field error message; null when it can. */
export function notOfferableBecause(a: SwappableAssignment): string | null {
  if (a.periodStatus === 'finalised') return 'is on a finalised rota';
  if (a.periodStatus !== 'published') return 'is on a rota not yet published';
  if (!a.inFuture) return 'has already started: only shifts still to come can be swapped';
  if (a.swapPending) return 'is already part of a swap waiting for a decision';
  return null;
}
