import { type ReactNode } from 'react';
import { describedBy } from './described-by.js';
import { ErrorMessage } from './error-message.js';

export interface FieldsetProps {
  /** Prefix of the hint and error ids. */
  id: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l' | 'xl';
  hint?: ReactNode;
  error?: string;
  /** `group` for a set of inputs answering one question together, such as a date. */
  role?: 'group';
  children: ReactNode;
}

/** NHS.UK fieldset in a form group: legend, hint and inline error around a group of inputs. */
export function Fieldset({ id, legend, legendSize = 's', hint, error, role, children }: FieldsetProps) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" role={role} aria-describedby={describedBy(id, hint, error)}>
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={`${id}-error`} text={error} />}
        {children}
      </fieldset>
    </div>
  );
}
