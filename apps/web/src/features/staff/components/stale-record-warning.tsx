interface StaleRecordWarningProps {
  onReload: () => void;
  reloading: boolean;
}

/**
 * Shown when the API answers 409: the record changed since the form was opened. Nothing was saved;
 * the form keeps what the person typed until they choose to reload.
 */
export function StaleRecordWarning({ onReload, reloading }: StaleRecordWarningProps) {
  return (
    <div className="nhsuk-card nhsuk-card--warning" role="alert">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">
          <span role="text">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            Someone else changed this record
          </span>
        </h2>
        <p>Someone else saved changes to this record while you were editing it, so your changes have not been saved.</p>
        <p>Reload the record to see the latest details, then make your changes again. Reloading clears what you typed.</p>
        <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" onClick={onReload} disabled={reloading}>
          {reloading ? 'Reloading…' : 'Reload the latest version'}
        </button>
      </div>
    </div>
  );
}
