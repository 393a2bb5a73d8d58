import { apiClient } from '../../../api/api-client';
import { type Organisation } from './types';

export const organisationQueryKey = ['organisation'] as const;

export function fetchOrganisation(signal?: AbortSignal): Promise<Organisation> {
  return apiClient.get<Organisation>('/organisation', { signal });
}
