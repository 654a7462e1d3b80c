import { Link, Navigate, Outlet, useLocation } from 'react-router';
import type { RedirectState } from '../../auth/RequireAuth';
import { useAuth } from '../../auth/useAuth';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { eventsNl, nl } from '../../i18n/nl';

const t = eventsNl.admin;

function NoAccess() {
  useDocumentTitle(t.forbiddenTitle);
  return (
    <div className="narrow">
      <h1>{t.forbiddenHeading}</h1>
      <p className="notice notice--error">{t.forbiddenText}</p>
      <p>
        <Link to="/themabijeenkomsten">{t.forbiddenLink}</Link>
      </p>
    </div>
  );
}

/**
 * Route guard for platform admin pages (`is_admin` on /me): visitors go to the login page, members
 * who are not admins get a clear "no access" message instead of a page that fails piece by piece.
 */
export function RequireAdmin() {
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
  if (!user?.is_admin) return <NoAccess />;
  return <Outlet />;
}
