import type { RecordRequest } from '../events/record-request.js';

/** A delivered emergency request, 20 minutes from request to delivery; override what a test needs. */
export function aRecordRequest(overrides: Partial<RecordRequest> = {}): RecordRequest {
  return {
    id: 'Q-1',
    recordId: 'R-000042',
    priority: 'emergency',
    requestingLocation: 'A&E records desk',
    requestedAt: '2025-03-03T10:00:00.000Z',
    locatedAt: null,
    dispatchedAt: null,
    deliveredAt: '2025-03-03T10:20:00.000Z',
    outcome: 'delivered',
    handledBy: null,
    ...overrides,
  };
}

/** A request delivered `minutes` after 10:00 on 3 March 2025. */
export function deliveredAfter(minutes: number, overrides: Partial<RecordRequest> = {}): RecordRequest {
  const requestedAt = '2025-03-03T10:00:00.000Z';
  return aRecordRequest({
    requestedAt,
    deliveredAt: new Date(Date.parse(requestedAt) + minutes * 60_000).toISOString(),
    ...overrides,
  });
}
