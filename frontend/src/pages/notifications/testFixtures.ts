import { jsonResponse, type FakeRoute } from '../../test/renderWithProviders';
import { exampleMember, tokenBody } from '../../test/fixtures';
import type { MemberPublic } from '../../api/types';
import type { KindPreference, NotificationPublic } from './types';
import { NOTIFICATION_KINDS } from '../../i18n/nl';

export const path = (request: Request) => new URL(request.url).pathname;

/** A session for `member`: the start-up refresh gives a token and /me answers with the member. */
export function loggedInAs(member: MemberPublic = exampleMember): FakeRoute {
  return (request) => {
    if (path(request) === '/api/v1/auth/refresh') return jsonResponse(200, tokenBody('t1'));
    if (path(request) === '/api/v1/me') return jsonResponse(200, member);
    return undefined;
  };
}

export const adminMember: MemberPublic = {
  ...exampleMember,
  id: '00000000-0000-0000-0000-00000000000a',
  email: 'beheer@example.nl',
  full_name: 'Bea Beheer',
  is_admin: true,
};

export function notification(id: string, overrides: Partial<NotificationPublic> = {}): NotificationPublic {
  return {
    id,
    kind: 'join_request_received',
    title: 'Nieuwe aanvraag voor Kring Leusden',
    body: 'Iemand wil graag aansluiten bij Kring Leusden. Kijk of het past en geef antwoord.',
    link: '/groepen/kring-leusden/aanmeldingen',
    created_at: '2026-11-24T09:15:00Z',
    read_at: null,
    ...overrides,
  };
}

export function defaultPreferences(): KindPreference[] {
  return NOTIFICATION_KINDS.map((kind) => ({ kind, in_app: true, email: true }));
}

/**
 * A fake inbox: GET /me/notifications pages through `items` (unread_only filters), POST
 * .../read and .../read-all change them, like the API.
 */
export function inboxApi(items: NotificationPublic[]) {
  const state = { items: [...items], reads: [] as string[], readAll: 0 };
  const route: FakeRoute = (request) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === '/api/v1/me/notifications') {
      const unreadOnly = url.searchParams.get('unread_only') === 'true';
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const all = unreadOnly ? state.items.filter((item) => !item.read_at) : state.items;
      return jsonResponse(200, {
        items: all.slice(offset, offset + limit),
        total: all.length,
        limit,
        offset,
        unread_count: state.items.filter((item) => !item.read_at).length,
      });
    }
    if (request.method === 'POST' && url.pathname === '/api/v1/me/notifications/read-all') {
      const unread = state.items.filter((item) => !item.read_at).length;
      state.items = state.items.map((item) => ({ ...item, read_at: item.read_at ?? '2026-11-25T10:00:00Z' }));
      state.readAll += 1;
      return jsonResponse(200, { marked_read: unread });
    }
    const one = /^\/api\/v1\/me\/notifications\/([^/]+)\/read$/.exec(url.pathname);
    if (request.method === 'POST' && one) {
      const id = one[1] ?? '';
      state.reads.push(id);
      state.items = state.items.map((item) =>
        item.id === id ? { ...item, read_at: item.read_at ?? '2026-11-25T10:00:00Z' } : item,
      );
      const found = state.items.find((item) => item.id === id);
      return found
        ? jsonResponse(200, found)
        : jsonResponse(404, { type: 'about:blank', title: 'Niet gevonden', status: 404 });
    }
    return undefined;
  };
  return { route, state };
}
