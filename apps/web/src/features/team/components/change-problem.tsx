import { ErrorSummary } from '@recordroom/ui';
import { isApiError } from '../../../api/api-error';
import { fieldSentence } from '../../../api/field-sentence';
import { fieldErrorOf } from '../../../api/place-field-errors';

/**
 * What a refused change said, as an error summary: each field the API named (linked to its box
 * when the form has one), or the problem's own words.
 */
export function ChangeProblem({ error, fieldIds = {} }: { error: unknown; fieldIds?: Record<string, string> }) {
  if (!error) return null;
  if (!isApiError(error)) return <ErrorSummary errors={[{ text: 'The change was not saved. Try again later.' }]} />;
  const named = error.fieldErrors.map((f) => ({ ...(fieldIds[f.field] ? { fieldId: fieldIds[f.field] } : {}), text: fieldSentence(f.field, f.message) }));
  return <ErrorSummary errors={named.length > 0 ? named : [{ text: error.detail ?? error.title }]} />;
}

/** The API's message about one field as the summary words it, for the box's own error line (NHS.UK: the two say the same). */
export function fieldError(error: unknown, field: string): string | undefined {
  const message = isApiError(error) ? fieldErrorOf(error.fieldErrors, field) : undefined;
  return message === undefined ? undefined : fieldSentence(field, message);
}
