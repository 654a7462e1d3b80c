import { Link, Navigate, Outlet, useLocation } from 'react-router';
import type { RedirectState } from '../../auth/RequireAuth';
import { useAuth } from '../../auth/useAuth';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { adminNl, nl } from '../../i18n/nl';

const t = adminNl.guard;

export function NoAdminAccess() {
  useDocumentTitle(t.title);
  return (
    <div className="narrow">
      <h1>{t.heading}</h1>
      <div className="notice notice--error">
        <p>{t.text}</p>
        <p>{t.contact}</p>
      </div>
      <p>
        <Link to="/">{t.homeLink}</Link>
      </p>
    </div>
  );
}

/**
 * Route guard for /beheer: visitors go to the login page (and come back after logging in);
 * members without `is_admin` get a clear "geen toegang" page instead of pages that fail piece
 * by piece with 403s.
 */
export function AdminGuard() {
  const { status, user } = useAuth();
  const location = useLocation();

  if (status === 'initializing' || (status === 'authenticated' && !user)) {
    return <LoadingMessage>{status === 'initializing' ? nl.auth.checking : t.checking}</LoadingMessage>;
  }
  if (status === 'anonymous') {
    const state: RedirectState = {
      from: `${location.pathname}${location.search}${location.hash}`,
      flash: nl.login.loginRequired,
    };
    return <Navigate to="/inloggen" replace state={state} />;
  }
  if (!user?.is_admin) return <NoAdminAccess />;
  return <Outlet />;
}
