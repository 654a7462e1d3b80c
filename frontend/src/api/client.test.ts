// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createApiSession } from './client';

const BASE = 'http://api.test';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

const member = { id: '00000000-0000-0000-0000-000000000001', email: 'an@example.nl', full_name: 'An de Vries' };
const tokenBody = (token: string) => ({ access_token: token, token_type: 'bearer', expires_in: 900 });
const unauthorized = { type: 'about:blank', title: 'Niet ingelogd', status: 401, detail: 'Log opnieuw in.' };

type Handler = (request: Request) => Response | Promise<Response>;

/** A fake fetch that records every request and answers with the handler. */
function fakeFetch(handler: Handler) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    return handler(request.clone());
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}

const path = (request: Request) => new URL(request.url).pathname;

describe('api session', () => {
  it('sends the access token as a bearer header', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, member));
    const session = createApiSession({ baseUrl: BASE, fetch });
    session.tokens.set('token-1');

    const { data } = await session.client.GET('/api/v1/me');

    expect(data).toEqual(member);
    expect(requests[0]?.headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('refreshes once on 401 and retries the request with the new token', async () => {
    const { fetch, requests } = fakeFetch((request) => {
      if (path(request) === '/api/v1/auth/refresh') return json(200, tokenBody('token-2'));
      return request.headers.get('Authorization') === 'Bearer token-2' ? json(200, member) : json(401, unauthorized);
    });
    const session = createApiSession({ baseUrl: BASE, fetch });
    session.tokens.set('expired');

    const { data, error } = await session.client.GET('/api/v1/me');

    expect(error).toBeUndefined();
    expect(data).toEqual(member);
    expect(session.tokens.get()).toBe('token-2');
    expect(requests.map(path)).toEqual(['/api/v1/me', '/api/v1/auth/refresh', '/api/v1/me']);
    expect(requests[1]?.method).toBe('POST');
  });

  it('replays the request body when retrying', async () => {
    const bodies: string[] = [];
    const { fetch } = fakeFetch(async (request) => {
      if (path(request) === '/api/v1/auth/refresh') return json(200, tokenBody('fresh'));
      bodies.push(await request.text());
      return request.headers.get('Authorization') === 'Bearer fresh' ? json(200, member) : json(401, unauthorized);
    });
    const session = createApiSession({ baseUrl: BASE, fetch });
    session.tokens.set('stale');

    await session.client.PATCH('/api/v1/me', { body: { full_name: 'An Jansen' } });

    expect(bodies).toEqual(['{"full_name":"An Jansen"}', '{"full_name":"An Jansen"}']);
  });

  it('gives up after one refresh and clears the token when the session has ended', async () => {
    const { fetch, requests } = fakeFetch(() => json(401, unauthorized));
    const session = createApiSession({ baseUrl: BASE, fetch });
    session.tokens.set('expired');

    const { error, response } = await session.client.GET('/api/v1/me');

    expect(response.status).toBe(401);
    expect(error).toMatchObject({ detail: 'Log opnieuw in.' });
    expect(session.tokens.get()).toBeNull();
    expect(requests.map(path)).toEqual(['/api/v1/me', '/api/v1/auth/refresh']);
  });

  it('does not try to refresh when logging in fails', async () => {
    const { fetch, requests } = fakeFetch(() => json(401, unauthorized));
    const session = createApiSession({ baseUrl: BASE, fetch });

    const { response } = await session.client.POST('/api/v1/auth/token', {
      body: { username: 'an@example.nl', password: 'fout', scope: '' },
      bodySerializer: (body) => new URLSearchParams({ username: body.username, password: body.password }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });

    expect(response.status).toBe(401);
    expect(requests.map(path)).toEqual(['/api/v1/auth/token']);
  });

  it('shares one refresh between requests that fail at the same time', async () => {
    const { fetch, requests } = fakeFetch((request) => {
      if (path(request) === '/api/v1/auth/refresh') return json(200, tokenBody('shared'));
      return request.headers.get('Authorization') === 'Bearer shared' ? json(200, member) : json(401, unauthorized);
    });
    const session = createApiSession({ baseUrl: BASE, fetch });
    session.tokens.set('expired');

    const results = await Promise.all([session.client.GET('/api/v1/me'), session.client.GET('/api/v1/me')]);

    expect(results.map((result) => result.data)).toEqual([member, member]);
    expect(requests.filter((request) => path(request) === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('restores a session from the refresh cookie on start', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, tokenBody('restored')));
    const session = createApiSession({ baseUrl: BASE, fetch });
    const listener = vi.fn();
    session.tokens.subscribe(listener);

    await expect(session.refresh()).resolves.toBe('restored');

    expect(session.tokens.get()).toBe('restored');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(requests[0]?.credentials).toBe('same-origin');
  });

  it('stays logged out when there is no refresh cookie', async () => {
    const { fetch } = fakeFetch(() => json(401, unauthorized));
    const session = createApiSession({ baseUrl: BASE, fetch });

    await expect(session.refresh()).resolves.toBeNull();
    expect(session.tokens.get()).toBeNull();
  });
});
