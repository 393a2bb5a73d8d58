import { HttpException, HttpStatus } from '@nestjs/common';

/** A field-level message: `field` is the JSON path in the request, e.g. `skills.2` or `version`. */
export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details, the one error body of the API. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  currentVersion?: number;
  /** Seconds until a refused request may be tried again; also sent as the Retry-After header. */
  retryAfterSeconds?: number;
  /** For an import: how many errors there were in all, when `errors` lists only the first ones. */
  errorCount?: number;
}

const TYPE_BASE = 'https://recordroom.org/problems/';

/**
 * An error with the exact problem body to send. Services throw these through the factory
 * functions below so the same situation always gets the same status, type and title.
 */
export class ProblemException extends HttpException {
  constructor(readonly problem: Omit<ProblemBody, 'instance'>) {
    super(problem, problem.status);
  }
}

export function invalidRequest(errors: FieldError[]): ProblemException {
  return new ProblemException({
    type: `${TYPE_BASE}invalid-request`,
    title: 'The request is not valid',
    status: HttpStatus.BAD_REQUEST,
    detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    errors,
  });
}

export function unprocessable(errors: FieldError[]): ProblemException {
  return new ProblemException({
    type: `${TYPE_BASE}rule-broken`,
    title: 'The change breaks a rule',
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    errors,
  });
}

export function duplicate(field: string, message: string): ProblemException {
  return new ProblemException({
    type: `${TYPE_BASE}duplicate`,
    title: 'A record with this value already exists',
    status: HttpStatus.CONFLICT,
    detail: `${field}: ${message}`,
    errors: [{ field, message }],
  });
}

export function staleVersion(entity: string, sentVersion: number, currentVersion: number): ProblemException {
  return new ProblemException({
    type: `${TYPE_BASE}stale-version`,
    title: 'Someone else changed this record',
    status: HttpStatus.CONFLICT,
    detail: `The ${entity} is at version ${currentVersion}; your change was based on version ${sentVersion}. Reload it and apply your change again.`,
    errors: [{ field: 'version', message: `is ${sentVersion}, the record is now at ${currentVersion}` }],
    currentVersion,
  });
}

export function notFound(entity: string): ProblemException {
  return new ProblemException({
    type: `${TYPE_BASE}not-found`,
    title: 'Not found',
    status: HttpStatus.NOT_FOUND,
    detail: `No ${entity} with that id is visible to you.`,
  });
}

export function forbidden(detail: string): ProblemException {
  return new ProblemException({
    type: `${TYPE_BASE}forbidden`,
    title: 'Not allowed',
    status: HttpStatus.FORBIDDEN,
    detail,
  });
}

/** Which sign-in count ran out: the email address's, or the client (network) address's. */
export type SignInLimit = 'email' | 'address';

export function tooManyAttempts(retryAfterSeconds: number, limit: SignInLimit = 'email'): ProblemException {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait = `Wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`} and try again`;
  return new ProblemException({
    type: `${TYPE_BASE}too-many-attempts`,
    title: 'Too many sign-in attempts',
    status: HttpStatus.TOO_MANY_REQUESTS,
    detail:
      limit === 'email'
        ? `There have been too many wrong passwords for this email address. ${wait}, or ask your administrator to reset your password.`
        : `There have been too many sign-in attempts from your network address. ${wait}.`,
    retryAfterSeconds,
  });
}

/** A state-changing request a browser says came from another site, or from a page of another origin. */
export function crossSiteRequest(detail: string): ProblemException {
  return new ProblemException({
    type: `${TYPE_BASE}cross-site-request`,
    title: 'Changes are accepted only from Recordroom itself',
    status: HttpStatus.FORBIDDEN,
    detail,
  });
}

export function unsupportedMediaType(received: string | undefined, accepted: string): ProblemException {
  return new ProblemException({
    type: `${TYPE_BASE}unsupported-media-type`,
    title: 'The body is not in a format this route takes',
    status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    detail: `Send the body as ${accepted} (Content-Type: ${accepted}); this request sent ${received ? `Content-Type: ${received}` : 'no Content-Type'}.`,
  });
}

export function unauthenticated(detail = 'Sign in to continue.'): ProblemException {
  return new ProblemException({
    type: `${TYPE_BASE}unauthenticated`,
    title: 'Not signed in',
    status: HttpStatus.UNAUTHORIZED,
    detail,
  });
}
