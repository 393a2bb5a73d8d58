import type { Instant } from '../time/instant.js';

/** How urgently a requester needs the notes; `emergency` covers A&E. */
export const REQUEST_PRIORITIES = ['emergency', 'urgent', 'routine', 'clinic-pull'] as const;
export type RequestPriority = (typeof REQUEST_PRIORITIES)[number];

/** How a request ended: the main folder delivered, not found, or temporary notes made instead. */
export const REQUEST_OUTCOMES = ['delivered', 'not-found', 'temporary-notes'] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];

/**
 * One request for a patient's case notes, from a tracking system. The record is named by a
 * pseudonymous id only: Recordroom stores no patient-identifiable data.
 */
export interface RecordRequest {
  /** The tracking system's id for this request; unique within an import. */
  id: string;
  /** Pseudonymised id of the record (never an NHS number). */
  recordId: string;
  priority: RequestPriority;
  requestingLocation: string;
  requestedAt: Instant;
  locatedAt: Instant | null;
  dispatchedAt: Instant | null;
  deliveredAt: Instant | null;
  outcome: RequestOutcome;
  /** Who handled it (an employee number or tracking-system user), if recorded. */
  handledBy: string | null;
}
