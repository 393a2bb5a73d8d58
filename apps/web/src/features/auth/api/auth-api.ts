import type { CurrentUserDto, HealthDto, SignInBody } from '@recordroom/contracts';
import { apiClient } from '../../../api/api-client';
import { isApiError } from '../../../api/api-error';

/** The signed-in person, or null when there is no session (401 is an answer here, not an error). */
export async function fetchCurrentUser(signal?: AbortSignal): Promise<CurrentUserDto | null> {
  try {
    const { user } = await apiClient.get<{ user: CurrentUserDto }>('/auth/me', { signal });
    return user;
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export async function signIn(request: SignInBody): Promise<CurrentUserDto> {
  const { user } = await apiClient.post<{ user: CurrentUserDto }>('/auth/sign-in', request);
  return user;
}

export function signOut(): Promise<void> {
  return apiClient.post<void>('/auth/sign-out');
}

export function fetchHealth(signal?: AbortSignal): Promise<HealthDto> {
  return apiClient.get<HealthDto>('/health', { signal });
}
