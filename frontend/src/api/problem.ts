import { nl } from '../i18n/nl';

/** One validation error inside an RFC 9457 problem document, as the API sends it. */
export interface ProblemFieldError {
  field: string;
  loc: (string | number)[];
  message: string;
  type: string;
}

/** RFC 9457 problem details (`application/problem+json`). `title` and `detail` are Dutch and meant for people. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string | null;
  errors?: ProblemFieldError[] | null;
}

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.title === 'string' && typeof candidate.status === 'number';
}

/** Error thrown by the data layer so that forms can show the server's explanation. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

/**
 * Turns whatever openapi-fetch returned as `error` (or a thrown fetch error) into an ApiError
 * with a Dutch message that can be shown.
 */
export function toApiError(error: unknown, response?: Response): ApiError {
  if (error instanceof ApiError) return error;
  if (isProblem(error)) return new ApiError(error);
  if (response) {
    return new ApiError({ type: 'about:blank', title: nl.errors.unexpected, status: response.status });
  }
  return new ApiError({ type: 'about:blank', title: nl.errors.network, status: 0 });
}

/** The sentence to show for a problem: the detail when there is one, otherwise the title. */
export function problemMessage(problem: Problem): string {
  return problem.detail?.trim() ? problem.detail : problem.title;
}

export interface MappedErrors<F extends string> {
  /** Messages keyed by form field, ready to show next to the field. */
  fieldErrors: Partial<Record<F, string>>;
  /** Messages that do not belong to a known field; show them in the error summary. */
  general: string[];
}

/**
 * Maps the `errors` of a problem document onto the fields of a form.
 *
 * A server error is matched by its `field`, or else by the last string in `loc`
 * (for example `["body", "email"]`). `aliases` maps server names to form names
 * (the login form calls `username` "email"). Several messages for one field are joined.
 * Errors that match no field, and a problem without field errors, end up in `general`.
 */
export function mapProblemToFields<F extends string>(
  problem: Problem,
  fields: readonly F[],
  aliases: Readonly<Record<string, F>> = {},
): MappedErrors<F> {
  const known = new Set<string>(fields);
  const resolve = (name: string | number | undefined): F | undefined => {
    if (typeof name !== 'string') return undefined;
    if (name in aliases) return aliases[name];
    return known.has(name) ? (name as F) : undefined;
  };

  const fieldErrors: Partial<Record<F, string>> = {};
  const general: string[] = [];

  for (const error of problem.errors ?? []) {
    let target = resolve(error.field);
    if (!target) {
      for (let i = error.loc.length - 1; i >= 0 && !target; i -= 1) {
        target = resolve(error.loc[i]);
      }
    }
    if (target) {
      const existing = fieldErrors[target];
      fieldErrors[target] = existing ? `${existing} ${error.message}` : error.message;
    } else {
      general.push(error.message);
    }
  }

  if (Object.keys(fieldErrors).length === 0 && general.length === 0) {
    general.push(problemMessage(problem));
  }
  return { fieldErrors, general };
}
