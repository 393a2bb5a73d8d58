export interface ErrorMessageProps {
  id: string;
  text: string;
}

/** NHS.UK inline error message, placed between a field's label (or hint) and the field. */
export function ErrorMessage({ id, text }: ErrorMessageProps) {
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {text}
    </span>
  );
}
