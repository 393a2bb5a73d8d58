import type { OrganisationDto } from '@recordroom/contracts';
import { apiClient } from '../../../api/api-client';

export const organisationQueryKey = ['organisation'] as const;

export function fetchOrganisation(signal?: AbortSignal): Promise<OrganisationDto> {
  return apiClient.get<OrganisationDto>('/organisation', { signal });
}
