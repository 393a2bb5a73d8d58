/**
 * A problem with one field of an input, named by its path ('end', 'assignments[3].staffId'), so
 * the API can answer 422 and a form can put the message beside the field.
 */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Thrown for input that cannot be used; `errors` names each bad field.
 *
 * @example if (error instanceof RotaValidationError) return reply.status(422).send({ errors: error.errors });
 */
export class RotaValidationError extends Error {
  readonly errors: readonly FieldError[];

  constructor(errors: readonly FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    this.name = 'RotaValidationError';
    this.errors = errors;
  }
}

/** Throws RotaValidationError when `errors` is not empty. */
export function throwIfInvalid(errors: readonly FieldError[]): void {
  if (errors.length > 0) throw new RotaValidationError(errors);
}
