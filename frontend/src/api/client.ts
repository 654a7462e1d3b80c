import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { createTokenStore, type TokenStore } from '../auth/tokenStore';

const REFRESH_PATH = '/api/v1/auth/refresh';
/** Requests to these paths never trigger a refresh-and-retry: they are how one gets a token. */
const AUTH_PATHS: readonly string[] = ['/api/v1/auth/token', REFRESH_PATH, '/api/v1/auth/logout'];

export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
}

function isTokenResponse(value: unknown): value is TokenResponse {
  return typeof value === 'object' && value !== null && typeof (value as TokenResponse).access_token === 'string';
}

export interface ApiSession {
  client: Client<paths>;
  tokens: TokenStore;
  /**
   * Asks the server for a new access token using the httpOnly refresh cookie.
   * Concurrent callers share one request, so a burst of 401s leads to a single refresh.
   * Resolves to the new token, or null (and clears the stored token) when the session has ended.
   */
  refresh(): Promise<string | null>;
}

export interface ApiSessionOptions {
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  tokens?: TokenStore;
}

export function createApiSession(options: ApiSessionOptions = {}): ApiSession {
  const baseUrl = options.baseUrl ?? '';
  const tokens = options.tokens ?? createTokenStore();
  // Resolve fetch at call time so tests (and polyfills) that replace globalThis.fetch are honoured.
  const doFetch: typeof globalThis.fetch = (input, init) => (options.fetch ?? globalThis.fetch)(input, init);
  let inFlight: Promise<string | null> | null = null;

  async function requestNewToken(): Promise<string | null> {
    try {
      const response = await doFetch(`${baseUrl}${REFRESH_PATH}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) {
        tokens.set(null);
        return null;
      }
      const body: unknown = await response.json();
      const token = isTokenResponse(body) ? body.access_token : null;
      tokens.set(token);
      return token;
    } catch {
      // Network trouble: keep whatever token we had; the caller sees the original failure.
      return null;
    }
  }

  function refresh(): Promise<string | null> {
    if (!inFlight) {
      inFlight = requestNewToken().finally(() => {
        inFlight = null;
      });
    }
    return inFlight;
  }

  // Copies of outgoing requests, kept until the response arrives so a 401 can be retried once.
  const retryable = new Map<string, Request>();

  const authMiddleware: Middleware = {
    onRequest({ request, schemaPath, id }) {
      const token = tokens.get();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      if (!AUTH_PATHS.includes(schemaPath)) retryable.set(id, request.clone());
      return request;
    },
    async onResponse({ response, id }) {
      const original = retryable.get(id);
      retryable.delete(id);
      if (response.status !== 401 || !original) return undefined;
      const token = await refresh();
      if (!token) return undefined;
      original.headers.set('Authorization', `Bearer ${token}`);
      return doFetch(original);
    },
    onError({ id }) {
      retryable.delete(id);
      return undefined;
    },
  };

  const client = createClient<paths>({ baseUrl, fetch: doFetch, credentials: 'same-origin' });
  client.use(authMiddleware);

  return { client, tokens, refresh };
}

/** The session the app uses; tests build their own with createApiSession. */
export const apiSession = createApiSession();
export const api = apiSession.client;
