import { isApiError } from '../../api/api-error';

interface ProblemMessageProps {
  error: unknown;
  /** What was being loaded, for the heading: "staff directory". */
  what: string;
  onRetry?: () => void;
  headingLevel?: 1 | 2 | 3;
}

function explain(error: unknown): { heading: string; body: string; retry: boolean } {
  if (isApiError(error, 0)) {
    return { heading: 'Recordroom could not be reached', body: 'Check your network connection, then try again.', retry: true };
  }
  if (isApiError(error, 400)) {
    return { heading: 'The link may be wrong', body: 'The address asked for something Recordroom does not understand. Go back and try again from the menu.', retry: false };
  }
  if (isApiError(error, 403)) {
    return { heading: 'You do not have access to this', body: 'Your role does not allow you to see this information. If you think it should, ask your manager or an administrator.', retry: false };
  }
  if (isApiError(error, 404)) {
    return { heading: 'Not found', body: 'It may have been removed, or the link you followed may be wrong.', retry: false };
  }
  return { heading: 'Sorry, there is a problem with the service', body: 'Try again later.', retry: true };
}

/** A load that failed, explained in plain words, with a way to try again when that could help. */
export function ProblemMessage({ error, what, onRetry, headingLevel = 2 }: ProblemMessageProps) {
  const { heading, body, retry } = explain(error);
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="nhsuk-card nhsuk-card--warning">
      <div className="nhsuk-card__content">
        <Heading className="nhsuk-card__heading">
          <span role="text">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            {heading}
          </span>
        </Heading>
        <p>
          The {what} could not be shown. {body}
        </p>
        {retry && onRetry && (
          <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    </div>
  );
}
