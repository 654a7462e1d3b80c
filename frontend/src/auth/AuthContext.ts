import { createContext } from 'react';
import type { MemberPublic } from '../api/types';

export type AuthStatus = 'initializing' | 'authenticated' | 'anonymous';

export interface AuthContextValue {
  status: AuthStatus;
  /** The logged-in member, once loaded. */
  user: MemberPublic | null;
  /** Logs in with email and password; rejects with an ApiError whose problem explains why. */
  login(email: string, password: string): Promise<MemberPublic>;
  /** Ends the session on the server (clearing the refresh cookie) and forgets the token. */
  logout(): Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
