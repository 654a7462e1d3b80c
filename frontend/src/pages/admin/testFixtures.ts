import { jsonResponse, type FakeRoute } from '../../test/renderWithProviders';
import type { ApiKeyPublic, DeliveryPublic, WebhookPublic } from './types';

export function apiKey(id: string, overrides: Partial<ApiKeyPublic> = {}): ApiKeyPublic {
  return {
    id,
    name: 'Website Gezinshuis Noord',
    kind: 'partner',
    prefix: 'iwk_ab12',
    organisation_id: null,
    scopes: ['finder:read'],
    allowed_origins: ['https://www.gezinshuisnoord.nl'],
    rate_limit_per_minute: 120,
    status: 'active',
    expires_at: null,
    revoked_at: null,
    last_used_at: '2026-11-24T09:00:00Z',
    created_at: '2026-11-01T09:00:00Z',
    ...overrides,
  };
}

export function webhook(id: string, overrides: Partial<WebhookPublic> = {}): WebhookPublic {
  return {
    id,
    url: 'https://partner.example.org/hook',
    description: 'Koppeling met het planningssysteem',
    events: ['join_request.created'],
    active: true,
    created_at: '2026-11-01T09:00:00Z',
    updated_at: '2026-11-01T09:00:00Z',
    ...overrides,
  };
}

export function delivery(id: string, overrides: Partial<DeliveryPublic> = {}): DeliveryPublic {
  return {
    id,
    event: 'ping',
    status: 'pending',
    attempts: 0,
    next_attempt_at: '2026-11-25T10:00:00Z',
    response_status: null,
    last_error: null,
    payload: {},
    created_at: '2026-11-25T10:00:00Z',
    delivered_at: null,
    ...overrides,
  };
}

export function page<T>(items: T[], offset = 0, limit = 20) {
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}

/** Answers GETs of a paged admin list at `pathname` from `items()`. */
export function pagedList<T>(pathname: string, items: () => T[]): FakeRoute {
  return (request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.pathname !== pathname) return undefined;
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    return jsonResponse(200, page(items(), offset, limit));
  };
}
