import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingMessage } from '../components/LoadingMessage';
import { nl } from '../i18n/nl';
import { useAuth } from './useAuth';

export interface RedirectState {
  from?: string;
  flash?: string;
}

/** Route guard: renders the child routes for logged-in members and sends others to the login page. */
export function RequireAuth() {
  const { status } = useAuth();
  const location = useLocation();

  if (status === 'initializing') return <LoadingMessage>{nl.auth.checking}</LoadingMessage>;
  if (status === 'anonymous') {
    const state: RedirectState = {
      from: `${location.pathname}${location.search}${location.hash}`,
      flash: nl.login.loginRequired,
    };
    return <Navigate to="/inloggen" replace state={state} />;
  }
  return <Outlet />;
}
