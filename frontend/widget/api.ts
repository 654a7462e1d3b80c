/** The one API call the widget makes: `GET /api/v1/groups`. */
import type { WidgetConfig } from './config';
import { t } from './text';
import type { FinderProblem, GroupSearchPage } from './types';

/** What the visitor entered in the search form. */
export interface SearchInput {
  near: string;
  radius: number;
  hasVacancy: boolean;
  includeOnline: boolean;
}

export type SearchResult = { ok: true; page: GroupSearchPage } | { ok: false; problem: FinderProblem };

/**
 * Query string for the finder. Only meaningful parameters are sent: `radius_km` and
 * `include_online` need `near`; `has_vacancy=false` would mean "only full groups", so it is left out.
 */
export function buildQuery(
  config: Pick<WidgetConfig, 'province' | 'mode' | 'limit'>,
  input: SearchInput,
  offset = 0,
): URLSearchParams {
  const params = new URLSearchParams();
  const near = input.near.trim();
  if (near) {
    params.set('near', near);
    params.set('radius_km', String(input.radius));
    // A fixed mode already decides whether online groups belong in the list.
    if (input.includeOnline && !config.mode) params.set('include_online', 'true');
  }
  if (config.province) params.set('province', config.province);
  if (config.mode) params.set('mode', config.mode);
  if (input.hasVacancy) params.set('has_vacancy', 'true');
  params.set('limit', String(config.limit));
  params.set('offset', String(offset));
  return params;
}

export function searchUrl(config: WidgetConfig, input: SearchInput, offset = 0): string {
  return `${config.apiBase}/api/v1/groups?${buildQuery(config, input, offset).toString()}`;
}

function isProblem(value: unknown): value is FinderProblem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.title === 'string' && typeof candidate.status === 'number';
}

/** Keeps only well-formed `options` and `suggestions`; the rest of the problem is shown as text. */
function cleanProblem(problem: FinderProblem): FinderProblem {
  const options = Array.isArray(problem.options)
    ? problem.options.filter((o) => o && typeof o.label === 'string')
    : undefined;
  const suggestions = Array.isArray(problem.suggestions)
    ? problem.suggestions.filter((s): s is string => typeof s === 'string')
    : undefined;
  return { ...problem, options, suggestions };
}

/**
 * Fetches one page of groups. Never sends cookies; sends `X-API-Key` when the partner set a key.
 * Resolves to the page, or to a problem document with a Dutch `detail` for people
 * (network trouble and unexpected answers become a problem too). Aborts reject as usual.
 */
export async function fetchGroups(
  config: WidgetConfig,
  input: SearchInput,
  offset = 0,
  signal?: AbortSignal,
): Promise<SearchResult> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (config.apiKey) headers['X-API-Key'] = config.apiKey;
  let response: Response;
  try {
    response = await fetch(searchUrl(config, input, offset), {
      headers,
      credentials: 'omit',
      mode: 'cors',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, problem: { title: t.network, status: 0, detail: t.network } };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (response.ok && body && typeof body === 'object' && Array.isArray((body as GroupSearchPage).items)) {
    return { ok: true, page: body as GroupSearchPage };
  }
  if (isProblem(body)) return { ok: false, problem: cleanProblem(body) };
  return { ok: false, problem: { title: t.unexpected, status: response.status, detail: t.unexpected } };
}
