import { type ArgumentsHost, Catch } from '@nestjs/common';
import { PayLookupError } from '@recordroom/pay';
import { ProblemDetailsFilter } from '../http/problem-details.filter.js';
import { unprocessable } from '../http/problem.js';

/**
 * A question the loaded pay rules cannot answer (a year no table covers, a band a historic table
 * lacks) is a 422 with the domain's message, never a 500. The services check what they can name
 * exactly first; a date the rules lack is about the request's year.
 */
@Catch()
export class PayRulesFilter extends ProblemDetailsFilter {
  override catch(error: unknown, host: ArgumentsHost): void {
    super.catch(error instanceof PayLookupError ? unprocessable([{ field: error.field === 'date' ? 'year' : error.field, message: error.message }]) : error, host);
  }
}
