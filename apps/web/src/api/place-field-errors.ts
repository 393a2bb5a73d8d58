import { type FieldError } from './api-error';

/**
 * The API's field errors (400/422) placed on a form: the first message for each field the form
 * has goes beside its box, every other one is listed in the error summary only. `sentence` words
 * a message for reading (by default as the API gave it). One placement for every form, so the
 * rota's, the team's and the staff record's forms show a refusal the same way.
 *
 * @example placeFieldErrors([{ field: 'endDate', message: 'is before the start' }, { field: 'staffId', message: 'is not yours' }], ['startDate', 'endDate'])
 * // { inline: { endDate: 'is before the start' }, other: ['is not yours'] }
 */
export function placeFieldErrors<F extends string>(
  fieldErrors: readonly FieldError[],
  fields: readonly F[],
  sentence: (field: string, message: string) => string = (_field, message) => message,
): { inline: Partial<Record<F, string>>; other: string[] } {
  const inline: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const { field, message } of fieldErrors) {
    const known = fields.find((f) => f === field);
    const text = sentence(field, message);
    if (known !== undefined && inline[known] === undefined) inline[known] = text;
    else other.push(text);
  }
  return { inline, other };
}

/** The message the API gave about one field, for the box's own error line; undefined when it named none. */
export function fieldErrorOf(fieldErrors: readonly FieldError[], field: string): string | undefined {
  return placeFieldErrors(fieldErrors, [field]).inline[field];
}
