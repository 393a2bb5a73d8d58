import { type NextFunction, type Request, type Response } from 'express';

/**
 * Every API response is personal or organisational data (or an error about it): no browser,
 * proxy or shared computer's cache may keep it. A route that may be cached says so with its own
 * Cache-Control, set later and so winning: only the calendar feed, `private, max-age=900`, as
 * calendar apps poll it and it holds only the person's own shifts.
 */
export function noStore(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}
