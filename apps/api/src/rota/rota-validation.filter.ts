import { type ArgumentsHost, Catch } from '@nestjs/common';
import { RotaValidationError } from '@recordroom/rota';
import { ProblemDetailsFilter } from '../http/problem-details.filter.js';
import { unprocessable } from '../http/problem.js';

/**
 * The rota domain refuses what it cannot check with RotaValidationError and field errors (e.g. a
 * rota beyond the bank holidays it knows): a 422 naming the field, never a 500.
 */
@Catch()
export class RotaValidationFilter extends ProblemDetailsFilter {
  override catch(error: unknown, host: ArgumentsHost): void {
    super.catch(error instanceof RotaValidationError ? unprocessable([...error.errors]) : error, host);
  }
}
