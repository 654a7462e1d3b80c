import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiSession } from '../api/ApiContext';
import { fetchMe, meQueryKey, requestToken, revokeSession } from '../api/endpoints';
import type { MemberPublic } from '../api/types';
import { AuthContext, type AuthContextValue, type AuthStatus } from './AuthContext';

/**
 * Holds the login state. On start it asks POST /auth/refresh for an access token (the browser sends
 * the httpOnly refresh cookie), so a reload keeps the member logged in without storing the token.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const session = useApiSession();
  const queryClient = useQueryClient();
  const token = useSyncExternalStore(session.tokens.subscribe, session.tokens.get, session.tokens.get);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    let active = true;
    void session.refresh().finally(() => {
      if (active) setRestored(true);
    });
    return () => {
      active = false;
    };
  }, [session]);

  const me = useQuery({
    queryKey: meQueryKey,
    queryFn: () => fetchMe(session.client),
    enabled: token !== null,
    staleTime: 60_000,
  });

  // Forget everything cached for the previous member once the token is gone (logout or expired session).
  // Only on that change, not on start-up: public pages start their queries before the refresh answers.
  // Reset rather than remove, so queries that a mounted page still shows are fetched again instead
  // of being left without data.
  const previousToken = useRef(token);
  useEffect(() => {
    if (previousToken.current !== null && token === null) void queryClient.resetQueries();
    previousToken.current = token;
  }, [token, queryClient]);

  const login = useCallback(
    async (email: string, password: string): Promise<MemberPublic> => {
      const { access_token } = await requestToken(session.client, email, password);
      session.tokens.set(access_token);
      return queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: () => fetchMe(session.client) });
    },
    [session, queryClient],
  );

  const logout = useCallback(async (): Promise<void> => {
    try {
      await revokeSession(session.client);
    } finally {
      // The token effect above forgets the member's cached data.
      session.tokens.set(null);
    }
  }, [session, queryClient]);

  let status: AuthStatus;
  if (token !== null) status = me.isPending ? 'initializing' : 'authenticated';
  else status = restored ? 'anonymous' : 'initializing';

  const value = useMemo<AuthContextValue>(
    () => ({ status, user: token !== null ? (me.data ?? null) : null, login, logout }),
    [status, token, me.data, login, logout],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
