/**
 * Where to go after signing in: the page that asked, when it is one of ours. Anything that is not
 * a plain local path ('//evil.example', 'https://…', '/\evil') falls back to the home page, so the
 * sign-in page cannot be used to send people elsewhere.
 */
export function safeReturnAddress(returnTo: string | null): string {
  if (!returnTo || !returnTo.startsWith('/') || returnTo.startsWith('//') || returnTo.startsWith('/\\')) return '/';
  if (returnTo.startsWith('/sign-in')) return '/';
  return returnTo;
}
