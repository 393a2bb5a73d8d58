import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { connectionFailureOf } from '../database/connection-failure.js';
import { DatabaseAvailability } from '../database/database-availability.js';
import { databaseTooSlow, databaseUnavailable } from '../database/database-problems.js';
import { duplicate, ProblemException, unprocessable, type ProblemBody } from './problem.js';
import { loggablePath } from './request-logger.js';

/**
 * Unique indexes the API relies on, by name, with the request field each protects: a race that
 * slips past a service's own check still becomes a 409 naming the field, never a 500.
 */
const UNIQUE_FIELDS: Readonly<Record<string, { field: string; message: string }>> = {
  staff_member_organisation_employee_number_key: { field: 'employeeNumber', message: 'is already used by another staff member' },
  account_email_key: { field: 'email', message: 'is already used by another account' },
  account_staff_member_id_key: { field: 'staffMemberId', message: 'already has an account' },
  team_department_name_key: { field: 'name', message: 'is already used by another team in the department' },
  location_department_name_key: { field: 'name', message: 'is already used by another location in the department' },
  department_organisation_name_key: { field: 'name', message: 'is already used by another department' },
  shift_type_department_code_key: { field: 'code', message: 'is already the code of another shift type in the department' },
  rota_assignment_shift_staff_key: { field: 'staffId', message: 'is already on this shift' },
  establishment_line_department_year_cost_centre_band_key: { field: 'band', message: 'already has a line in this cost centre and year' },
  monthly_spend_department_cost_centre_month_key: { field: 'month', message: 'is already recorded for this cost centre' },
};

interface PgError {
  code?: string;
  constraint?: string;
}

/** Turns every error into an RFC 9457 problem details response (application/problem+json). */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  constructor(private readonly database: DatabaseAvailability) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = { ...this.toProblem(error, request), instance: request.originalUrl };
    if (problem.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(problem.retryAfterSeconds));
    // An error is never kept, even from a route that lets its answers be cached (the calendar feed).
    response.setHeader('Cache-Control', 'no-store');
    response.status(problem.status).type('application/problem+json').json(problem);
  }

  private toProblem(error: unknown, request: Request): ProblemBody {
    if (error instanceof ProblemException) return error.problem;
    // The database is down, restarting or has no connection free: 503 and Retry-After, never a
    // 500, and the outage is logged once (DatabaseAvailability), not with a stack per request.
    const failure = connectionFailureOf(error);
    if (failure !== null) {
      this.database.noteFailure(failure, error);
      return databaseUnavailable(failure).problem;
    }
    if (error instanceof QueryFailedError) {
      const pgError = error.driverError as PgError;
      const unique = pgError.constraint ? UNIQUE_FIELDS[pgError.constraint] : undefined;
      if (pgError.code === '23505' && unique) return duplicate(unique.field, unique.message).problem;
      if (pgError.code === '23503' || pgError.code === '23514') {
        return unprocessable([{ field: pgError.constraint ?? '(record)', message: 'refers to a record that does not exist or breaks a rule' }]).problem;
      }
      // statement_timeout: one slow request, worth a line naming it (a stack adds nothing).
      if (pgError.code === '57014') {
        this.logger.warn({ message: 'Statement cancelled at statement_timeout', method: request.method, url: request.originalUrl });
        return databaseTooSlow().problem;
      }
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      return {
        type: 'about:blank',
        title: HttpStatus[status]?.toString().replaceAll('_', ' ').toLowerCase().replace(/^\w/, (c) => c.toUpperCase()) ?? 'Error',
        status,
        detail: error.message,
      };
    }
    this.logger.error({ message: 'Unhandled error', method: request.method, path: loggablePath(request.originalUrl), error: String(error), stack: (error as Error).stack });
    return {
      type: 'about:blank',
      title: 'Internal server error',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: 'Something went wrong on our side; the change was not saved. Try again, and tell your administrator if it keeps happening.',
    };
  }
}
