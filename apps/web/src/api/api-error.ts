/** One invalid field of a request, as the API reports it (RFC 9457 `errors` extension). */
export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 9457 problem document (`application/problem+json`) with Recordroom's extensions. */
export interface ProblemDetails {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  /** On 409 Conflict: the version the record has now. */
  currentVersion?: number;
  /** Any other members of the problem document (e.g. the rota's `violations` on 422). */
  extensions?: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function fieldErrorsOf(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string' ? [{ field: item.field, message: item.message }] : [],
  );
}

/**
 * A failed API call. `status` is the HTTP status, or 0 when the API could not be reached at all.
 * Built from the problem document when the API sent one, from the status line otherwise.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string | undefined;
  readonly fieldErrors: FieldError[];
  readonly currentVersion: number | undefined;
  readonly extensions: Record<string, unknown>;

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.fieldErrors = problem.errors ?? [];
    this.currentVersion = problem.currentVersion;
    this.extensions = problem.extensions ?? {};
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    let body: unknown = null;
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType.includes('json')) {
      try {
        body = await response.json();
      } catch {
        body = null;
      }
    }
    return ApiError.fromBody(response.status, response.statusText, body);
  }

  /**
   * From a status line and a parsed body (the problem document, or anything else the server sent):
   * the problem's members when present, the status line otherwise. Every member is kept in `extensions`.
   */
  static fromBody(status: number, statusText: string, body: unknown): ApiError {
    const problem = isRecord(body) ? body : {};
    return new ApiError({
      status,
      title: typeof problem.title === 'string' ? problem.title : statusText || `HTTP ${status}`,
      detail: typeof problem.detail === 'string' ? problem.detail : undefined,
      type: typeof problem.type === 'string' ? problem.type : undefined,
      instance: typeof problem.instance === 'string' ? problem.instance : undefined,
      errors: fieldErrorsOf(problem.errors),
      currentVersion: typeof problem.currentVersion === 'number' ? problem.currentVersion : undefined,
      extensions: problem,
    });
  }

  static unreachable(cause: unknown): ApiError {
    const error = new ApiError({ status: 0, title: 'Recordroom could not be reached' });
    error.cause = cause;
    return error;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
