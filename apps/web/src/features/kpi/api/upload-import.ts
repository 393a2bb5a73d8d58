import type { ImportLineErrorDto, ImportResultDto, KpiImportKind } from '@recordroom/contracts';
import { apiUrl } from '../../../api/api-client';
import { ApiError } from '../../../api/api-error';

/** A file the API refused line by line (422): nothing was imported. */
export class ImportRefusedError extends Error {
  readonly title: string;
  readonly errors: ImportLineErrorDto[];
  /** All the errors in the file; `errors` holds at most the first 100. */
  readonly errorCount: number;

  constructor(title: string, detail: string | undefined, errors: ImportLineErrorDto[], errorCount: number) {
    super(detail ?? title);
    this.name = 'ImportRefusedError';
    this.title = title;
    this.errors = errors;
    this.errorCount = errorCount;
  }
}

function lineErrorsOf(value: unknown): ImportLineErrorDto[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { line, field, message } = item as Record<string, unknown>;
    return typeof line === 'number' && typeof message === 'string' ? [{ line, field: typeof field === 'string' ? field : '', message }] : [];
  });
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Header values must be Latin-1: a name outside printable ASCII is sent percent-encoded. */
function fileNameHeader(name: string): string {
  return /^[\x20-\x7e]*$/.test(name) ? name : encodeURIComponent(name);
}

export interface UploadImportOptions {
  kind: KpiImportKind;
  departmentId: string;
  file: File;
  /** Bytes sent so far of the total, as the browser reports them. */
  onProgress: (sent: number, total: number) => void;
  /** Every byte has left the browser; the API is now checking and importing the file. */
  onSent?: () => void;
  signal?: AbortSignal;
}

/**
 * POST /api/kpi/imports/:kind with the file itself as the body (docs/api/kpi.md "Import"). It is
 * XMLHttpRequest, not fetch, because only XHR reports upload progress; the browser streams the
 * File from disk, so a large export is never read into memory. Resolves with the counts; rejects
 * with ImportRefusedError for a 422 and ApiError for anything else.
 */
export function uploadImport({ kind, departmentId, file, onProgress, onSent, signal }: UploadImportOptions): Promise<ImportResultDto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(`/kpi/imports/${kind}`, { departmentId }));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('X-File-Name', fileNameHeader(file.name));
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.upload.onload = () => {
      onProgress(file.size, file.size);
      onSent?.();
    };
    xhr.onerror = () => reject(ApiError.unreachable(new Error('The upload was interrupted')));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status === 201 || xhr.status === 200) {
        resolve(body as unknown as ImportResultDto);
        return;
      }
      const problem = ApiError.fromBody(xhr.status, xhr.statusText, body);
      if (xhr.status === 422) {
        const errors = lineErrorsOf(body?.errors);
        reject(new ImportRefusedError(problem.title, problem.detail, errors, typeof body?.errorCount === 'number' ? body.errorCount : errors.length));
        return;
      }
      reject(problem);
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
