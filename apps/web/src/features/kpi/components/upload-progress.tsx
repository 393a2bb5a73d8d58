import { type UploadState } from '../hooks/use-upload-import';

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
}

/** Upload progress as an NHS-styled `<progress>` with its label and percentage, announced politely. */
export function UploadProgress({ state, onCancel }: { state: Extract<UploadState, { status: 'uploading' | 'processing' }>; onCancel: () => void }) {
  const sent = state.status === 'uploading' ? state.sent : state.total;
  const percent = state.total === 0 ? 100 : Math.floor((sent / state.total) * 100);
  return (
    <div className="nhsuk-form-group app-upload-progress">
      <label className="nhsuk-label nhsuk-label--s" htmlFor="upload-progress">
        {state.status === 'uploading' ? `Uploading ${state.fileName}` : `Checking and importing ${state.fileName}`}
      </label>
      <progress id="upload-progress" className="app-progress" max={100} value={percent} aria-describedby="upload-progress-text">
        {percent}%
      </progress>
      <p className="nhsuk-body-s" id="upload-progress-text" role="status" aria-live="polite">
        {state.status === 'uploading'
          ? `${percent}% uploaded (${megabytes(sent)} of ${megabytes(state.total)})`
          : '100% uploaded. Every line is being checked; nothing is saved unless every line is valid.'}
      </p>
      {state.status === 'uploading' && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={onCancel}>
          Cancel upload
        </button>
      )}
    </div>
  );
}
