import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /**
   * Id of the field in error (the first input of a group, the day box of a date), without '#'.
   * Leave out for an error that belongs to no field: it is listed as text.
   */
  fieldId?: string;
  text: string;
}

export interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  title?: string;
  /** Text above the list, when the errors need an introduction. */
  description?: string;
}

/** Move focus to a field, bringing its label (or fieldset legend) into view above it. */
function focusField(fieldId: string): boolean {
  const field = document.getElementById(fieldId);
  if (!field) return false;
  const legendOrLabel = field.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  (legendOrLabel ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
  return true;
}

/**
 * The NHS.UK error summary: shown at the top of the page when a form has errors, focused when it
 * appears (so screen readers announce it), each error a link that moves focus to its field.
 * Render it only when there are errors; pair each with the field's own inline message.
 */
export function ErrorSummary({ errors, title = 'There is a problem', description }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((error) => `${error.fieldId ?? ''}:${error.text}`).join('|');

  useEffect(() => {
    if (signature !== '') ref.current?.focus();
  }, [signature]);

  if (errors.length === 0) return null;
  return (
    <div className="nhsuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">{title}</h2>
        <div className="nhsuk-error-summary__body">
          {description && <p>{description}</p>}
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.map(({ fieldId, text }) => (
              <li key={`${fieldId ?? ''}:${text}`}>
                {fieldId === undefined ? (
                  text
                ) : (
                  <a
                    href={`#${fieldId}`}
                    onClick={(event) => {
                      if (focusField(fieldId)) event.preventDefault();
                    }}
                  >
                    {text}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
