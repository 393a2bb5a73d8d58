/**
 * Why the signed-in person may not decide a request, or null when they may.
 *
 * The API refuses a decision by the person who asked, and by the colleague a swap hands a shift
 * to (403, see apps/api swaps and absences services); the queue says so instead of offering
 * buttons that can only fail.
 */
export function ownRequestReason(signedInStaffId: string | null, parties: { requester: string; receiver?: string }): string | null {
  if (signedInStaffId === null) return null;
  if (parties.requester === signedInStaffId) return 'This is your own request, so someone else decides it.';
  if (parties.receiver === signedInStaffId) return 'This swap hands a shift to you, so someone else decides it.';
  return null;
}
