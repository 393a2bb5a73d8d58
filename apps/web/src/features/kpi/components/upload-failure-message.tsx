import { explainUploadFailure } from '../upload-failure';

/** A failed upload (not a line-by-line refusal), explained in plain words as an alert. */
export function UploadFailureMessage({ error, fileName }: { error: unknown; fileName: string }) {
  const { heading, body } = explainUploadFailure(error, fileName);
  return (
    <div className="nhsuk-card nhsuk-card--warning" role="alert">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">
          <span role="text">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            {heading}
          </span>
        </h2>
        <p>{body}</p>
      </div>
    </div>
  );
}
