/** One bad field of a request, as the server reports it; `message` is already in the user's language. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

/** RFC 9457 problem+json as Kinga sends it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId?: string;
  errors: FieldError[];
}

/** A failed API call. `problem` is what the server said, or a stand-in when it could not be reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get code(): string {
    return this.problem.code;
  }

  get errors(): FieldError[] {
    return this.problem.errors;
  }

  /** The record was changed by someone else since it was loaded (412). */
  get isStale(): boolean {
    return this.status === 412;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Reads a problem+json body, or makes one up from the status when the body is something else. */
export async function problemFrom(response: Response, fallbackDetail: string): Promise<Problem> {
  let body: Partial<Problem> | undefined;
  try {
    body = (await response.json()) as Partial<Problem>;
  } catch {
    body = undefined;
  }
  return {
    type: body?.type ?? 'about:blank',
    title: body?.title ?? response.statusText,
    status: body?.status ?? response.status,
    detail: body?.detail ?? fallbackDetail,
    code: body?.code ?? (response.status >= 500 ? 'internal' : 'unknown'),
    ...(body?.requestId ? { requestId: body.requestId } : {}),
    errors: Array.isArray(body?.errors) ? body.errors : [],
  };
}
