/**
 * A problem with one field of an input, named by its path ('endDate', 'completedOn'), so the API
 * can answer 422 and a form can put the message beside the field. Same shape as the rota's
 * FieldError, so one error response serves both.
 */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Thrown for people records that cannot be used; `errors` names each bad field.
 *
 * @example if (error instanceof PeopleValidationError) return reply.status(422).send({ errors: error.errors });
 */
export class PeopleValidationError extends Error {
  readonly errors: readonly FieldError[];

  constructor(errors: readonly FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    this.name = 'PeopleValidationError';
    this.errors = errors;
  }
}

/**
 * Throws PeopleValidationError when `errors` is not empty.
 *
 * @example throwIfInvalid(validateTrainingCompletion(completion, { today, courses })); // throws on a future date
 */
export function throwIfInvalid(errors: readonly FieldError[]): void {
  if (errors.length > 0) throw new PeopleValidationError(errors);
}
