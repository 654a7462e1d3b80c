import type { paths } from '../../api/schema';
import {
  AUDIENCES,
  FACILITATOR_TYPES,
  GROUP_IDENTITIES,
  GROUP_MODES,
  PROVINCES,
  RADIUS_CHOICES,
} from '../../i18n/nl';

/** The query of GET /api/v1/groups. */
export type FinderQuery = NonNullable<paths['/api/v1/groups']['get']['parameters']['query']>;

export type FinderView = 'list' | 'map';

/**
 * Everything the finder shows, as it lives in the URL. Empty strings mean "no filter".
 * Enum values are kept as the API's values; unknown values in a URL are dropped when parsing.
 */
export interface FinderFilters {
  near: string;
  radiusKm: number;
  includeOnline: boolean;
  province: string;
  mode: string;
  hasVacancy: boolean;
  facilitator: string;
  method: string;
  audience: string;
  identity: string;
  q: string;
  page: number;
  view: FinderView;
}

export const DEFAULT_RADIUS_KM = 25;
export const PAGE_SIZE = 20;
/** The map shows at most this many groups (the API's largest page). */
export const MAP_LIMIT = 100;

export const defaultFilters: FinderFilters = {
  near: '',
  radiusKm: DEFAULT_RADIUS_KM,
  includeOnline: false,
  province: '',
  mode: '',
  hasVacancy: false,
  facilitator: '',
  method: '',
  audience: '',
  identity: '',
  q: '',
  page: 1,
  view: 'list',
};

/** URL parameter names: short Dutch words, so a shared link reads naturally. */
export const PARAM = {
  near: 'plaats',
  radiusKm: 'straal',
  includeOnline: 'online',
  province: 'provincie',
  mode: 'vorm',
  hasVacancy: 'plek',
  facilitator: 'begeleiding',
  method: 'methode',
  audience: 'voor',
  identity: 'levensbeschouwing',
  q: 'zoek',
  page: 'pagina',
  view: 'weergave',
} as const satisfies Record<keyof FinderFilters, string>;

const MAP_VIEW = 'kaart';
const SLUG_PATTERN = /^[a-z0-9-]{1,60}$/;

function oneOf(value: string | null, allowed: readonly string[]): string {
  return value !== null && allowed.includes(value) ? value : '';
}

function text(value: string | null, max: number): string {
  return (value ?? '').trim().slice(0, max);
}

function flag(value: string | null): boolean {
  return value === '1' || value === 'ja' || value === 'true';
}

export function parseFilters(params: URLSearchParams): FinderFilters {
  const radius = Number(params.get(PARAM.radiusKm));
  const page = Number(params.get(PARAM.page));
  const method = params.get(PARAM.method) ?? '';
  return {
    near: text(params.get(PARAM.near), 80),
    radiusKm: (RADIUS_CHOICES as readonly number[]).includes(radius) ? radius : DEFAULT_RADIUS_KM,
    includeOnline: flag(params.get(PARAM.includeOnline)),
    province: oneOf(params.get(PARAM.province), PROVINCES),
    mode: oneOf(params.get(PARAM.mode), GROUP_MODES),
    hasVacancy: flag(params.get(PARAM.hasVacancy)),
    facilitator: oneOf(params.get(PARAM.facilitator), FACILITATOR_TYPES),
    method: SLUG_PATTERN.test(method) ? method : '',
    audience: oneOf(params.get(PARAM.audience), AUDIENCES),
    identity: oneOf(params.get(PARAM.identity), GROUP_IDENTITIES),
    q: text(params.get(PARAM.q), 100),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    view: params.get(PARAM.view) === MAP_VIEW ? 'map' : 'list',
  };
}

/** The URL query for some filters; values equal to the default are left out to keep links short. */
export function serializeFilters(filters: FinderFilters): URLSearchParams {
  const params = new URLSearchParams();
  const near = filters.near.trim();
  const q = filters.q.trim();
  if (near) params.set(PARAM.near, near);
  if (filters.radiusKm !== DEFAULT_RADIUS_KM) params.set(PARAM.radiusKm, String(filters.radiusKm));
  if (filters.includeOnline) params.set(PARAM.includeOnline, '1');
  if (filters.province) params.set(PARAM.province, filters.province);
  if (filters.mode) params.set(PARAM.mode, filters.mode);
  if (filters.hasVacancy) params.set(PARAM.hasVacancy, '1');
  if (filters.facilitator) params.set(PARAM.facilitator, filters.facilitator);
  if (filters.method) params.set(PARAM.method, filters.method);
  if (filters.audience) params.set(PARAM.audience, filters.audience);
  if (filters.identity) params.set(PARAM.identity, filters.identity);
  if (q) params.set(PARAM.q, q);
  if (filters.page > 1) params.set(PARAM.page, String(filters.page));
  if (filters.view === 'map') params.set(PARAM.view, MAP_VIEW);
  return params;
}

/** "?plaats=3511&straal=50", or "" when everything is default. */
export function finderSearch(filters: FinderFilters): string {
  const query = serializeFilters(filters).toString();
  return query ? `?${query}` : '';
}

/** How many of the extra filters (beyond place, radius and online) are set. */
export function activeFilterCount(filters: FinderFilters): number {
  return [
    filters.province,
    filters.mode,
    filters.hasVacancy,
    filters.facilitator,
    filters.method,
    filters.audience,
    filters.identity,
    filters.q.trim(),
  ].filter(Boolean).length;
}

/** The API query for the filters; `limit`/`offset` select a page (the map asks for one big page). */
export function toApiQuery(
  filters: FinderFilters,
  page: { limit: number; offset: number } = { limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE },
): FinderQuery {
  const query: FinderQuery = { limit: page.limit, offset: page.offset };
  const near = filters.near.trim();
  if (near) {
    query.near = near;
    query.radius_km = filters.radiusKm;
    if (filters.includeOnline) query.include_online = true;
  }
  if (filters.province) query.province = filters.province as FinderQuery['province'];
  if (filters.mode) query.mode = filters.mode as FinderQuery['mode'];
  if (filters.hasVacancy) query.has_vacancy = true;
  if (filters.facilitator) query.facilitator = filters.facilitator as FinderQuery['facilitator'];
  if (filters.method) query.method = filters.method;
  if (filters.audience) query.audience = filters.audience as FinderQuery['audience'];
  if (filters.identity) query.identity = filters.identity as FinderQuery['identity'];
  const q = filters.q.trim();
  if (q) query.q = q;
  return query;
}
