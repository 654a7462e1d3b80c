import { createContext, useContext, type ReactNode } from 'react';
import { apiSession, type ApiSession } from './client';

const ApiContext = createContext<ApiSession>(apiSession);

export function ApiProvider({ session, children }: { session: ApiSession; children: ReactNode }) {
  return <ApiContext.Provider value={session}>{children}</ApiContext.Provider>;
}

export function useApiSession(): ApiSession {
  return useContext(ApiContext);
}

export function useApi(): ApiSession['client'] {
  return useContext(ApiContext).client;
}
