import { HttpStatus } from '@nestjs/common';
import { type LineError } from '@recordroom/kpi';
import { ProblemException } from '../../http/problem.js';

const TYPE_BASE = 'https://recordroom.org/problems/';
/** At most this many line errors are returned; errorCount says how many there were. */
export const MAX_REPORTED_ERRORS = 100;

export function importRejected(errors: LineError[], errorCount: number): ProblemException {
  const shown = errors.slice(0, 3).map((e) => `line ${e.line}, ${e.field}: ${e.message}`).join('; ');
  return new ProblemException({
    type: `${TYPE_BASE}import-rejected`,
    title: 'The file was not imported',
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    detail: `${errorCount} ${errorCount === 1 ? 'error' : 'errors'}; nothing was imported. ${shown}${errorCount > 3 ? '; ...' : ''}`,
    errors,
    errorCount,
  });
}

export function importTooLarge(maxBytes: number): ProblemException {
  return new ProblemException({
    type: `${TYPE_BASE}import-too-large`,
    title: 'The file is too large',
    status: HttpStatus.PAYLOAD_TOO_LARGE,
    detail: `Imports are limited to ${maxBytes} bytes (RECORDROOM_IMPORT_MAX_BYTES); split the file.`,
  });
}

/** Seconds a refused import is told to wait: imports take tens of seconds to minutes. */
const IMPORT_RETRY_AFTER_SECONDS = 30;

export function tooManyImports(refused: 'user' | 'organisation', limit: number): ProblemException {
  const who = refused === 'user' ? 'You already have' : 'Your organisation already has';
  return new ProblemException({
    type: `${TYPE_BASE}too-many-imports`,
    title: 'Too many imports under way',
    status: HttpStatus.TOO_MANY_REQUESTS,
    detail: `${who} ${limit} ${limit === 1 ? 'import' : 'imports'} under way (${refused === 'user' ? 'RECORDROOM_IMPORTS_PER_USER' : 'RECORDROOM_IMPORTS_PER_ORGANISATION'}). Wait for one to finish and send the file again.`,
    retryAfterSeconds: IMPORT_RETRY_AFTER_SECONDS,
  });
}

/**
 * The request body ended in an error (the client went away half-way). Its socket error
 * (ECONNRESET) is the client's, not the database's: it must not be taken for an outage.
 */
export function uploadInterrupted(): ProblemException {
  return new ProblemException({
    type: `${TYPE_BASE}upload-interrupted`,
    title: 'The upload was interrupted',
    status: HttpStatus.BAD_REQUEST,
    detail: 'The file stopped arriving before its end; nothing was imported. Send it again.',
  });
}

export function notCsv(contentType: string | undefined): ProblemException {
  return new ProblemException({
    type: `${TYPE_BASE}unsupported-media-type`,
    title: 'Send the file as CSV',
    status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    detail: `Send the CSV file itself as the request body with Content-Type: text/csv (got ${contentType ?? 'none'}).`,
  });
}

export function unreadableCsv(line: number, message: string): ProblemException {
  return importRejected([{ line, field: '(file)', message }], 1);
}

/**
 * The first MAX_REPORTED_ERRORS errors of a file by line, and how many there were. Errors arrive
 * out of line order (a batch's repeated ids come from the database after later lines have been
 * checked), so they are sorted; at most twice the limit is held at once.
 */
export class FirstLineErrors {
  private kept: LineError[] = [];
  count = 0;

  /** `count` is more than `errors.length` when only the first of them were fetched. */
  add(errors: readonly LineError[], count = errors.length): void {
    this.count += count;
    this.kept.push(...errors);
    if (this.kept.length > 2 * MAX_REPORTED_ERRORS) this.kept = this.first();
  }

  first(): LineError[] {
    return [...this.kept].sort((a, b) => a.line - b.line).slice(0, MAX_REPORTED_ERRORS);
  }
}
