import type { CurrentUserDto } from '@recordroom/contracts';
import { use } from 'react';
import { SignedInUserContext } from '../signed-in-user-context';

/** The signed-in person, for pages under RequireSignIn; anywhere else it is a bug in the route tree. */
export function useSignedInUser(): CurrentUserDto {
  const user = use(SignedInUserContext);
  if (!user) throw new Error('useSignedInUser is for pages under RequireSignIn');
  return user;
}
