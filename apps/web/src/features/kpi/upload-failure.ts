import { isApiError } from '../../api/api-error';
import { formatNumber } from '../../format/format-number';

export interface UploadFailureText {
  heading: string;
  body: string;
}

const UNITS = [
  { bytes: 1024 ** 3, unit: 'GB' },
  { bytes: 1024 ** 2, unit: 'MB' },
  { bytes: 1024, unit: 'KB' },
] as const;

/** A byte count for reading: "4 GB", "1.5 MB", "800 bytes". */
export function formatBytes(bytes: number): string {
  const found = UNITS.find((u) => bytes >= u.bytes);
  return found ? `${formatNumber(bytes / found.bytes, 1)} ${found.unit}` : `${formatNumber(bytes, 0)} bytes`;
}

/** The largest file accepted, when the 413 problem says: a `maxBytes` member, or "limited to N bytes" in its detail. */
function limitOf(extensions: Record<string, unknown>, detail: string | undefined): number | null {
  if (typeof extensions.maxBytes === 'number' && extensions.maxBytes > 0) return extensions.maxBytes;
  const match = /limited to ([\d,]+) bytes/i.exec(detail ?? '');
  if (!match?.[1]) return null;
  const bytes = Number(match[1].replace(/,/g, ''));
  return Number.isFinite(bytes) && bytes > 0 ? bytes : null;
}

/** Why an upload of `fileName` failed (anything but a 422 refusal), in plain words with what to do next. */
export function explainUploadFailure(error: unknown, fileName: string): UploadFailureText {
  if (isApiError(error, 0)) {
    return {
      heading: 'The upload was interrupted',
      body: `${fileName} did not finish uploading. Check your network connection, then upload the file again. Events that were already imported are not imported twice.`,
    };
  }
  if (isApiError(error, 413)) {
    const limit = limitOf(error.extensions, error.detail);
    return {
      heading: 'The file is too large',
      body: `${fileName} is bigger than Recordroom accepts${limit ? ` (the limit is ${formatBytes(limit)})` : ''}. Nothing was imported. Export a shorter date range from the tracking system, then upload that file.`,
    };
  }
  if (isApiError(error, 415)) {
    return {
      heading: 'The file must be a CSV export',
      body: `${fileName} was not imported. Export the events from the tracking system as a CSV file, then upload that file.`,
    };
  }
  if (isApiError(error) && error.status >= 400 && error.status < 500) {
    return { heading: `${fileName} was not imported`, body: error.detail ?? error.title };
  }
  return { heading: 'Sorry, there is a problem with the service', body: `${fileName} was not imported. Try again later.` };
}
