import { type ReactNode } from 'react';
import { describedBy } from './described-by.js';
import { ErrorMessage } from './error-message.js';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps {
  id: string;
  name?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  options: SelectOption[];
  /** A first option with an empty value, such as "Any band". */
  emptyOption?: string;
}

/** NHS.UK select with label, hint and inline error. Prefer radios for a handful of options. */
export function Select({ id, name, label, hint, error, value, onChange, options, emptyOption }: SelectProps) {
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
      <select
        className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
        id={id}
        name={name ?? id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
