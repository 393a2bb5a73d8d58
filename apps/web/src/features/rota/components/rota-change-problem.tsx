import { isApiError } from '../../../api/api-error';
import { ruleName, violationsOf } from '../rota-problems';

interface RotaChangeProblemProps {
  error: unknown;
  /** What was refused, for the heading: "The assignment was not made". */
  refused: string;
  onReload: () => void;
  reloading: boolean;
  /** The 409 heading: what someone else did. The planner's default: "Someone else changed this rota". */
  conflictHeading?: string;
  /** The 409 explanation after "{refused}: ". The planner's default says the rota changed since it was opened. */
  conflictText?: string;
  /** The 409 button: "Reload the rota" by default. */
  reloadLabel?: string;
}

/**
 * Why a change to the rota was refused, in the page: a broken rule (422) with each rule's name and
 * the people and times involved; "someone else changed this rota" (409, or the caller's wording for a
 * request someone else dealt with) with a reload; anything else in plain words. Announced as an alert.
 */
export function RotaChangeProblem({
  error,
  refused,
  onReload,
  reloading,
  conflictHeading = 'Someone else changed this rota',
  conflictText = 'someone else changed this rota since you opened it. Reload the rota to see their changes, then try again.',
  reloadLabel = 'Reload the rota',
}: RotaChangeProblemProps) {
  if (isApiError(error, 409)) {
    return (
      <div className="nhsuk-card nhsuk-card--warning" role="alert">
        <div className="nhsuk-card__content">
          <h3 className="nhsuk-card__heading">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {conflictHeading}
            </span>
          </h3>
          <p>
            {refused}: {conflictText}
          </p>
          <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" onClick={onReload} disabled={reloading}>
            {reloading ? 'Reloading…' : reloadLabel}
          </button>
        </div>
      </div>
    );
  }
  const violations = violationsOf(error);
  const detail = isApiError(error) ? (error.detail ?? error.title) : null;
  return (
    <div className="nhsuk-error-summary" role="alert">
      <h3 className="nhsuk-error-summary__heading">{refused}</h3>
      <div className="nhsuk-error-summary__body">
        {violations.length > 0 ? (
          <>
            <p>It would break {violations.length === 1 ? 'this rule' : 'these rules'}:</p>
            <ul className="nhsuk-list nhsuk-error-summary__list">
              {violations.map((v, index) => (
                <li key={`${v.ruleId}:${index}`}>
                  <strong>{ruleName(v.ruleId)}</strong>: {v.message}
                </li>
              ))}
            </ul>
          </>
        ) : isApiError(error, 0) ? (
          <p>Recordroom could not be reached. Check your network connection, then try again.</p>
        ) : isApiError(error) && error.status < 500 ? (
          <>
            <p>{detail}</p>
            {error.fieldErrors.length > 0 && (
              <ul className="nhsuk-list nhsuk-error-summary__list">
                {error.fieldErrors.map((f) => (
                  <li key={f.field}>{f.message}</li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p>Sorry, there is a problem with the service. Nothing was changed. Try again later.</p>
        )}
      </div>
    </div>
  );
}
