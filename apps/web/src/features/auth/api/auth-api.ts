import { apiClient } from '../../../api/api-client';
import { isApiError } from '../../../api/api-error';
import { type CurrentUser, type Health, type SignInRequest } from './types';

/** The signed-in person, or null when there is no session (401 is an answer here, not an error). */
export async function fetchCurrentUser(signal?: AbortSignal): Promise<CurrentUser | null> {
  try {
    const { user } = await apiClient.get<{ user: CurrentUser }>('/auth/me', { signal });
    return user;
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export async function signIn(request: SignInRequest): Promise<CurrentUser> {
  const { user } = await apiClient.post<{ user: CurrentUser }>('/auth/sign-in', request);
  return user;
}

export function signOut(): Promise<void> {
  return apiClient.post<void>('/auth/sign-out');
}

export function fetchHealth(signal?: AbortSignal): Promise<Health> {
  return apiClient.get<Health>('/health', { signal });
}
