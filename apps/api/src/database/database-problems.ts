import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../http/problem.js';
import { type ConnectionFailure } from './connection-failure.js';
import { DATABASE_RETRY_AFTER_SECONDS } from './database-availability.js';

const TYPE_BASE = 'https://recordroom.org/problems/';

/** 503 for a request that could not reach the database: nothing was saved, and it is worth trying again. */
export function databaseUnavailable(failure: ConnectionFailure): ProblemException {
  return new ProblemException({
    type: `${TYPE_BASE}database-unavailable`,
    title: failure === 'busy' ? 'The database is busy' : 'The database is unavailable',
    status: HttpStatus.SERVICE_UNAVAILABLE,
    detail:
      failure === 'busy'
        ? `Recordroom could not get a database connection in time; nothing was saved. Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds.`
        : `Recordroom cannot reach its database just now; nothing was saved. Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds, and tell your administrator if it keeps happening.`,
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  });
}

/** 503 for a statement PostgreSQL cancelled at statement_timeout: the request was rolled back. */
export function databaseTooSlow(): ProblemException {
  return new ProblemException({
    type: `${TYPE_BASE}database-timeout`,
    title: 'The database took too long',
    status: HttpStatus.SERVICE_UNAVAILABLE,
    detail: `The database did not finish this request in time, so it was stopped and nothing was saved. Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds.`,
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  });
}
