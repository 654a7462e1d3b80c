import { adminNl, type ApiKeyKindValue, type ApiKeyScopeValue, type WebhookEventValue } from '../../i18n/nl';
import type { FieldErrors } from '../../components/useFormFeedback';
import type { ApiKeyCreate, WebhookCreate } from './types';

const ZONE = 'Europe/Amsterdam';
const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in the Netherlands as YYYY-MM-DD, the format of a date field. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return dayKey.format(now);
}

/** The offset of Dutch time at a moment, like "+01:00" or "+02:00". */
function amsterdamOffset(moment: Date): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(moment)
    .find((item) => item.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(part ?? '');
  if (!match) return '+00:00';
  return `${match[1]}:${match[2] ?? '00'}`;
}

/**
 * "Valid up to and including this day": the last second of that day in Dutch time, as an ISO
 * timestamp with offset ("2026-12-31T23:59:59+01:00"). Clocks change at 01:00 UTC, far from
 * midnight, so the offset at 22:00 UTC that day is the one that applies.
 */
export function endOfDayInAmsterdam(date: string): string {
  const offset = amsterdamOffset(new Date(`${date}T22:00:00Z`));
  return `${date}T23:59:59${offset}`;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Scheme and host (and port) only, like the API's check: no path, query, wildcard or user. */
const ORIGIN_RE = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?\/?$/i;

function isValidDate(value: string): boolean {
  if (!DATE_RE.test(value)) return false;
  const parsed = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

// --- API keys -----------------------------------------------------------------------------------

export const KEY_FIELDS = [
  'name',
  'kind',
  'organisation_id',
  'scopes',
  'allowed_origins',
  'rate_limit_per_minute',
  'expires_at',
] as const;
export type KeyField = (typeof KEY_FIELDS)[number];

export interface KeyFormValues {
  name: string;
  kind: ApiKeyKindValue | '';
  organisationId: string;
  scopes: ApiKeyScopeValue[];
  /** One origin per line. */
  origins: string;
  rateLimit: string;
  /** YYYY-MM-DD or empty. */
  expires: string;
}

/** The scopes each kind may have, and the ones it gets when nothing else is chosen (as the API). */
export const SCOPES_FOR_KIND: Record<ApiKeyKindValue, readonly ApiKeyScopeValue[]> = {
  partner: ['finder:read'],
  organisation: ['finder:read', 'organisation:groups', 'organisation:attendance'],
};
export const DEFAULT_SCOPES: Record<ApiKeyKindValue, readonly ApiKeyScopeValue[]> = {
  partner: ['finder:read'],
  organisation: ['finder:read', 'organisation:groups'],
};

export const emptyKeyForm: KeyFormValues = {
  name: '',
  kind: 'partner',
  organisationId: '',
  scopes: [...DEFAULT_SCOPES.partner],
  origins: '',
  rateLimit: '120',
  expires: '',
};

export function splitOrigins(text: string): string[] {
  return text
    .split(/[\n,]+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function validateKeyForm(values: KeyFormValues, today: string = todayInAmsterdam()): FieldErrors<KeyField> {
  const v = adminNl.keys.validation;
  const errors: FieldErrors<KeyField> = {};
  const name = values.name.trim();
  if (name.length < 3) errors.name = v.nameRequired;
  else if (name.length > 120) errors.name = v.nameTooLong;
  if (!values.kind) errors.kind = v.kindRequired;
  if (values.kind === 'organisation') {
    const id = values.organisationId.trim();
    if (!id) errors.organisation_id = v.organisationRequired;
    else if (!UUID_RE.test(id)) errors.organisation_id = v.organisationInvalid;
  }
  if (values.scopes.length === 0) errors.scopes = v.scopesRequired;
  const origins = splitOrigins(values.origins);
  const wrong = origins.find((origin) => !ORIGIN_RE.test(origin));
  if (wrong !== undefined) errors.allowed_origins = v.originInvalid(wrong);
  else if (origins.length > 20) errors.allowed_origins = v.tooManyOrigins;
  const rate = values.rateLimit.trim();
  if (!/^\d+$/.test(rate) || Number(rate) < 1 || Number(rate) > 10_000) errors.rate_limit_per_minute = v.rateInvalid;
  if (values.expires) {
    if (!isValidDate(values.expires)) errors.expires_at = v.expiresInvalid;
    else if (values.expires < today) errors.expires_at = v.expiresPast;
  }
  return errors;
}

export function toApiKeyCreate(values: KeyFormValues): ApiKeyCreate {
  const kind = values.kind || 'partner';
  const allowed = SCOPES_FOR_KIND[kind];
  return {
    name: values.name.trim(),
    kind,
    organisation_id: kind === 'organisation' ? values.organisationId.trim().toLowerCase() : null,
    scopes: values.scopes.filter((scope) => allowed.includes(scope)),
    allowed_origins: splitOrigins(values.origins),
    rate_limit_per_minute: Number(values.rateLimit.trim()),
    expires_at: values.expires ? endOfDayInAmsterdam(values.expires) : null,
  };
}

// --- Webhooks -----------------------------------------------------------------------------------

export const WEBHOOK_FIELDS = ['url', 'description', 'events', 'active'] as const;
export type WebhookField = (typeof WEBHOOK_FIELDS)[number];

export interface WebhookFormValues {
  url: string;
  description: string;
  events: WebhookEventValue[];
  active: boolean;
}

export const emptyWebhookForm: WebhookFormValues = { url: '', description: '', events: [], active: true };

export function validateWebhookForm(values: WebhookFormValues): FieldErrors<WebhookField> {
  const v = adminNl.webhooks.validation;
  const errors: FieldErrors<WebhookField> = {};
  const url = values.url.trim();
  if (!url) errors.url = v.urlRequired;
  else {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (!parsed || !parsed.hostname || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) errors.url = v.urlInvalid;
    else if (parsed.protocol !== 'https:') errors.url = v.urlNotHttps;
  }
  if (values.description.trim().length > 200) errors.description = v.descriptionTooLong;
  if (values.events.length === 0) errors.events = v.eventsRequired;
  return errors;
}

export function toWebhookCreate(values: WebhookFormValues): WebhookCreate {
  return {
    url: values.url.trim(),
    description: values.description.trim(),
    events: values.events,
    active: values.active,
  };
}
