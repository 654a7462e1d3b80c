type Listener = () => void;

/**
 * Keeps the access token in memory only (never in localStorage), so a script injected into the page
 * cannot read a long-lived credential. The refresh token lives in an httpOnly cookie the browser manages.
 */
export interface TokenStore {
  get(): string | null;
  set(token: string | null): void;
  subscribe(listener: Listener): () => void;
}

export function createTokenStore(): TokenStore {
  let token: string | null = null;
  const listeners = new Set<Listener>();
  return {
    get: () => token,
    set(next) {
      if (next === token) return;
      token = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
