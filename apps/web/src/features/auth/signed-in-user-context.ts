import type { CurrentUserDto } from '@recordroom/contracts';
import { createContext } from 'react';

/**
 * The signed-in person, provided by RequireSignIn to the pages below it. A context rather than the
 * query itself: when a 401 ends the session, pages can re-render once more (their own queries
 * fail too) before RequireSignIn replaces them, and they must still have someone to render for.
 */
export const SignedInUserContext = createContext<CurrentUserDto | null>(null);
