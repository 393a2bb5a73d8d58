import { ErrorMessage } from '@recordroom/ui';

/** A date question as one native date box (yyyy-mm-dd in, yyyy-mm-dd out), labelled, with its error. */
export function DateField({ id, label, hint, value, onChange, error }: { id: string; label: string; hint?: string; value: string; onChange: (value: string) => void; error?: string | undefined }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={`${id}-error`} text={error} />}
      <input className={`nhsuk-input nhsuk-input--width-10${error ? ' nhsuk-input--error' : ''}`} id={id} name={id} type="date" value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={describedBy} />
    </div>
  );
}
