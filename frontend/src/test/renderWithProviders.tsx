import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { vi } from 'vitest';
import { ApiProvider } from '../api/ApiContext';
import { createApiSession } from '../api/client';
import { AuthProvider } from '../auth/AuthProvider';
import { createQueryClient } from '../queryClient';

export type FakeRoute = (request: Request) => Response | Promise<Response> | undefined;

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

/** Shows where the router ended up, so tests can assert on navigation. */
export function LocationProbe() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname}</p>;
}

/**
 * Renders a page inside the app's providers with a fake API. Unhandled requests get a 404 problem;
 * by default nobody is logged in (the start-up refresh answers 401).
 */
export function renderWithProviders(
  page: ReactElement,
  {
    path = '/',
    routes = [] as FakeRoute[],
    /** Full <Routes> tree to use instead of "the page at `path`, anything else shows the location". */
    tree = undefined as ReactElement | undefined,
    initialState = undefined as unknown,
    /** Query string of the first location, e.g. "?plaats=3511". */
    search = '',
  } = {},
) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    for (const route of routes) {
      const response = await route(request.clone());
      if (response) return response;
    }
    if (new URL(request.url).pathname === '/api/v1/auth/refresh') {
      return jsonResponse(401, { type: 'about:blank', title: 'Niet ingelogd', status: 401 });
    }
    return jsonResponse(404, { type: 'about:blank', title: 'Niet gevonden', status: 404 });
  });
  const session = createApiSession({ baseUrl: 'http://api.test', fetch: fetch as unknown as typeof globalThis.fetch });
  const queryClient = createQueryClient();

  const utils = render(
    <ApiProvider session={session}>
      <QueryClientProvider client={queryClient}>
        <AuthProvider>
          <MemoryRouter initialEntries={[{ pathname: path, search, state: initialState }]}>
            {tree ?? (
              <Routes>
                <Route path={path} element={page} />
                <Route path="*" element={<LocationProbe />} />
              </Routes>
            )}
          </MemoryRouter>
        </AuthProvider>
      </QueryClientProvider>
    </ApiProvider>,
  );
  return { ...utils, requests, session };
}
