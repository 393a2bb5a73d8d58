import { use } from 'react';
import { type CurrentUser } from '../api/types';
import { SignedInUserContext } from '../signed-in-user-context';

/** The signed-in person, for pages under RequireSignIn; anywhere else it is a bug in the route tree. */
export function useSignedInUser(): CurrentUser {
  const user = use(SignedInUserContext);
  if (!user) throw new Error('useSignedInUser is for pages under RequireSignIn');
  return user;
}
