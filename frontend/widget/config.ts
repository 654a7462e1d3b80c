/** Reading the attributes of `<intervisie-finder>` into a checked configuration. */
import { MODES, PROVINCES } from './text';
import type { GroupMode, Province } from './types';

export const ATTRIBUTES = [
  'api-base',
  'api-key',
  'province',
  'mode',
  'has-vacancy',
  'include-online',
  'near',
  'radius',
  'limit',
  'link-base',
  'map',
  'heading-level',
] as const;

export const DEFAULT_LIMIT = 10;
export const DEFAULT_RADIUS = 25;
export const MAX_LIMIT = 100;
export const MAX_RADIUS = 300;

export interface WidgetConfig {
  /** Origin (and optional path prefix) of the Intervisiewijzer API, without trailing slash. */
  apiBase: string;
  /** Partner key, sent as `X-API-Key`; null for the public finder. */
  apiKey: string | null;
  /** Fixed filters chosen by the partner. */
  province: Province | null;
  mode: GroupMode | null;
  /** Starting values of the search form. */
  hasVacancy: boolean;
  includeOnline: boolean;
  near: string;
  radius: number;
  /** Page size for the list and "Meer laden". */
  limit: number;
  /** Group pages are at `linkBase + slug`; always ends with "/". */
  linkBase: string;
  map: boolean;
  /** Level of the widget heading (2-5); group names are one level deeper. */
  headingLevel: number;
}

type AttributeReader = (name: (typeof ATTRIBUTES)[number]) => string | null;

/** `true` for a present boolean attribute (`has-vacancy`, `has-vacancy="true"`), `false` for "false"/"0"/"nee". */
export function parseBoolean(value: string | null, fallback: boolean): boolean {
  if (value === null) return fallback;
  const normal = value.trim().toLowerCase();
  if (['', 'true', '1', 'ja', 'yes', 'on'].includes(normal)) return true;
  if (['false', '0', 'nee', 'no', 'off'].includes(normal)) return false;
  return fallback;
}

function parseNumber(value: string | null, fallback: number, min: number, max: number, integer: boolean): number {
  if (value === null || value.trim() === '') return fallback;
  const n = Number(value.trim().replace(',', '.'));
  if (!Number.isFinite(n)) return fallback;
  const clamped = Math.min(max, Math.max(min, integer ? Math.round(n) : n));
  return clamped;
}

/** An absolute http(s) URL without trailing slashes, or null. */
function httpUrl(value: string | null, base?: string): string | null {
  if (!value || !value.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href;
  } catch {
    return null;
  }
}

const stripSlashes = (url: string) => url.replace(/\/+$/, '');

function oneOf<T extends string>(values: readonly T[], value: string | null, attribute: string): T | null {
  if (value === null || value.trim() === '') return null;
  const normal = value.trim().toLowerCase();
  if ((values as readonly string[]).includes(normal)) return normal as T;
  console.warn(`<intervisie-finder>: onbekende waarde "${value}" voor ${attribute}; kies uit ${values.join(', ')}.`);
  return null;
}

/**
 * Turns attribute values into a configuration. Invalid values fall back to the defaults (with a
 * console warning for enums) so that a typo on a partner page never breaks the whole widget.
 * `scriptOrigin` is where the widget script was loaded from: the default API.
 */
export function parseConfig(read: AttributeReader, scriptOrigin: string): WidgetConfig {
  const apiBase = stripSlashes(httpUrl(read('api-base'), scriptOrigin) ?? scriptOrigin);
  const linkBase = stripSlashes(httpUrl(read('link-base'), apiBase + '/') ?? `${apiBase}/groepen`) + '/';
  const apiKey = read('api-key')?.trim() || null;
  const level = parseNumber(read('heading-level'), 2, 2, 5, true);
  return {
    apiBase,
    apiKey,
    province: oneOf(PROVINCES, read('province'), 'province'),
    mode: oneOf(MODES, read('mode'), 'mode'),
    hasVacancy: parseBoolean(read('has-vacancy'), false),
    includeOnline: parseBoolean(read('include-online'), true),
    near: (read('near') ?? '').trim().slice(0, 80),
    radius: parseNumber(read('radius'), DEFAULT_RADIUS, 1, MAX_RADIUS, false),
    limit: parseNumber(read('limit'), DEFAULT_LIMIT, 1, MAX_LIMIT, true),
    linkBase,
    map: parseBoolean(read('map'), false),
    headingLevel: level,
  };
}

/** The link to a group's page on Intervisiewijzer. */
export function groupUrl(config: Pick<WidgetConfig, 'linkBase'>, slug: string): string {
  return config.linkBase + encodeURIComponent(slug);
}
