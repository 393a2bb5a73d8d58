import { type ReactNode } from 'react';
import { choiceId, type ChoiceOption } from './choice-option.js';
import { Fieldset } from './fieldset.js';

export interface RadiosProps {
  id: string;
  name?: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l' | 'xl';
  hint?: ReactNode;
  error?: string;
  options: ChoiceOption[];
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
  small?: boolean;
}

/** NHS.UK radios: a fieldset of options of which exactly one is chosen. */
export function Radios({ id, name, legend, legendSize, hint, error, options, value, onChange, inline, small }: RadiosProps) {
  const classes = ['nhsuk-radios'];
  if (inline) classes.push('nhsuk-radios--inline');
  if (small) classes.push('nhsuk-radios--small');
  return (
    <Fieldset id={id} legend={legend} legendSize={legendSize} hint={hint} error={error}>
      <div className={classes.join(' ')}>
        {options.map((option, index) => {
          const inputId = choiceId(id, index);
          return (
            <div className="nhsuk-radios__item" key={option.value}>
              <input
                className="nhsuk-radios__input"
                id={inputId}
                name={name ?? id}
                type="radio"
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={option.hint ? `${inputId}-item-hint` : undefined}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={inputId}>
                {option.label}
              </label>
              {option.hint && (
                <div className="nhsuk-hint nhsuk-radios__hint" id={`${inputId}-item-hint`}>
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
