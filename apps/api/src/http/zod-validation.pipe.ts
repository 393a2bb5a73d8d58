import { type PipeTransform } from '@nestjs/common';
import { type z } from 'zod';
import { invalidRequest, type FieldError } from './problem.js';

/** Field errors for a failed zod parse: unknown keys get one error each, by name. */
function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const at = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: at ? `${at}.${key}` : key, message: 'is not a recognised field' }));
    }
    return [{ field: at || '(body)', message: issue.message }];
  });
}

/**
 * Validates and parses a body or query with a zod schema; failures are 400 problem details
 * naming every bad field. Schemas are strict, so unknown fields are refused, not ignored.
 */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    const result = this.schema.safeParse(value ?? {});
    if (!result.success) throw invalidRequest(fieldErrors(result.error));
    return result.data;
  }
}
