import { type ReactNode } from 'react';
import { choiceId, type ChoiceOption } from './choice-option.js';
import { Fieldset } from './fieldset.js';

export interface CheckboxesProps {
  id: string;
  name?: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l' | 'xl';
  hint?: ReactNode;
  error?: string;
  options: ChoiceOption[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  small?: boolean;
}

/** NHS.UK checkboxes: a fieldset of options of which any number may be chosen. */
export function Checkboxes({ id, name, legend, legendSize, hint, error, options, values, onChange, small }: CheckboxesProps) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? options.map((o) => o.value).filter((v) => v === value || values.includes(v)) : values.filter((v) => v !== value));
  return (
    <Fieldset id={id} legend={legend} legendSize={legendSize} hint={hint} error={error}>
      <div className={`nhsuk-checkboxes${small ? ' nhsuk-checkboxes--small' : ''}`}>
        {options.map((option, index) => {
          const inputId = choiceId(id, index);
          return (
            <div className="nhsuk-checkboxes__item" key={option.value}>
              <input
                className="nhsuk-checkboxes__input"
                id={inputId}
                name={name ?? id}
                type="checkbox"
                value={option.value}
                checked={values.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                aria-describedby={option.hint ? `${inputId}-item-hint` : undefined}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={inputId}>
                {option.label}
              </label>
              {option.hint && (
                <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${inputId}-item-hint`}>
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
