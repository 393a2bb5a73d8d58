import { type ReactNode } from 'react';
import { Fieldset } from './fieldset.js';

/** The three boxes of a date as typed, not yet parsed or checked. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export interface DateInputProps {
  /** The day box takes `${id}-day`; link errors there. */
  id: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l' | 'xl';
  hint?: ReactNode;
  error?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
}

const PARTS = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
] as const;

/** NHS.UK date input: day, month and year boxes in a fieldset, for dates people know. */
export function DateInput({ id, legend, legendSize, hint, error, value, onChange }: DateInputProps) {
  return (
    <Fieldset id={id} legend={legend} legendSize={legendSize} hint={hint} error={error} role="group">
      <div className="nhsuk-date-input" id={id}>
        {PARTS.map(({ part, label, width }) => (
          <div className="nhsuk-date-input__item" key={part}>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part}`}>
                {label}
              </label>
              <input
                className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${error ? ' nhsuk-input--error' : ''}`}
                id={`${id}-${part}`}
                name={`${id}[${part}]`}
                type="text"
                inputMode="numeric"
                value={value[part]}
                onChange={(event) => onChange({ ...value, [part]: event.target.value })}
              />
            </div>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}
