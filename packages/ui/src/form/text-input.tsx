import { type HTMLInputAutoCompleteAttribute, type ReactNode } from 'react';
import { describedBy } from './described-by.js';
import { ErrorMessage } from './error-message.js';

export type InputWidth = 2 | 3 | 4 | 5 | 10 | 20 | 30;

export interface TextInputProps {
  id: string;
  /** Defaults to the id. */
  name?: string;
  label: ReactNode;
  /** Show the label as the page heading (for one-question pages). */
  labelSize?: 's' | 'm' | 'l' | 'xl';
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** `date` is the browser's own date box (yyyy-mm-dd in and out), for dates picked rather than known by heart (those take `DateInput`). */
  type?: 'text' | 'email' | 'password' | 'search' | 'tel' | 'date';
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'search';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  spellCheck?: boolean;
  width?: InputWidth;
  required?: boolean;
}

/** NHS.UK text input with label, hint and inline error, wired up for assistive technology. */
export function TextInput(props: TextInputProps) {
  const { id, label, labelSize, hint, error, value, onChange, type = 'text', width } = props;
  const classes = ['nhsuk-input'];
  if (width) classes.push(`nhsuk-input--width-${width}`);
  if (error) classes.push('nhsuk-input--error');
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className={`nhsuk-label${labelSize ? ` nhsuk-label--${labelSize}` : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={`${id}-error`} text={error} />}
      <input
        className={classes.join(' ')}
        id={id}
        name={props.name ?? id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete}
        spellCheck={props.spellCheck}
        required={props.required}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
