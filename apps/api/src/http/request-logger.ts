import { Logger } from '@nestjs/common';
import { type NextFunction, type Request, type Response } from 'express';
import { createHash } from 'node:crypto';

const logger = new Logger('http');

/**
 * A calendar feed's URL carries its secret token (GET /api/rota/calendar/<token>.ics), matched
 * the way Express routes it: any case, an optional trailing slash.
 */
const CALENDAR_FEED = /^(\/api\/rota\/calendar\/)([^/]+)(\.ics\/?)$/i;

/**
 * The path of a request as it may be logged: no query string (it can hold names searched for),
 * and a calendar feed's token replaced by its fingerprint, the first 8 hex digits of its SHA-256.
 * That is also the start of the feed's `token_hash` row, so an operator can tell which feed was
 * fetched, while the log never holds a URL that would fetch it.
 */
export function loggablePath(originalUrl: string): string {
  const raw = originalUrl.split('?')[0] ?? '';
  let path = raw;
  try {
    path = decodeURIComponent(raw);
  } catch {
    // Malformed percent-encoding: match the raw path (Express answers such a request 400).
  }
  const feed = CALENDAR_FEED.exec(path);
  if (!feed) return raw;
  const [, prefix, token = '', suffix] = feed;
  return `${prefix}{sha256:${createHash('sha256').update(token).digest('hex').slice(0, 8)}}${suffix}`;
}

/** One structured log line per API request: method, path (see loggablePath), status and duration in ms. */
export function logRequests(request: Request, response: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  response.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    logger.log({ method: request.method, path: loggablePath(request.originalUrl), status: response.statusCode, ms: Math.round(ms * 10) / 10 });
  });
  next();
}
