import { type CookieOptions } from 'express';

export const SESSION_COOKIE = 'recordroom_session';

/** Session cookie: httpOnly (no script can read it), SameSite=Lax against cross-site posts. */
export function sessionCookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/' };
}
