import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { useEffect, useRef, useState } from 'react';
import { useAuth } from '../auth/useAuth';
import { adminNl, casesNl, eventsNl, groupsNl, nl, sessionsNl } from '../i18n/nl';
import { NotificationBell } from '../pages/notifications/NotificationBell';
import type { RedirectState } from '../auth/RequireAuth';

function AccountNav() {
  const { status, user, logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  const loggingOut = useRef(false);

  // Forget the session only once the home page is showing: a protected page that is still on
  // screen would otherwise bounce to the login page when the token disappears.
  useEffect(() => {
    if (!busy || location.pathname !== '/' || loggingOut.current) return;
    loggingOut.current = true;
    void logout().finally(() => {
      loggingOut.current = false;
      setBusy(false);
    });
  }, [busy, location.pathname, logout]);

  if (status === 'initializing') return null;

  if (status === 'anonymous') {
    return (
      <>
        <li>
          <NavLink className="nav__link" to="/inloggen">
            {nl.layout.login}
          </NavLink>
        </li>
        <li>
          <NavLink className="nav__link nav__link--button" to="/registreren">
            {nl.layout.register}
          </NavLink>
        </li>
      </>
    );
  }

  function handleLogout() {
    setBusy(true);
    const state: RedirectState = { flash: nl.layout.loggedOutMessage };
    void navigate('/', { state });
  }

  return (
    <>
      <li>
        <NavLink className="nav__link" to="/mijn-groepen">
          {groupsNl.layout.myGroups}
        </NavLink>
      </li>
      <li>
        <NavLink className="nav__link" to="/mijn-bijeenkomsten">
          {sessionsNl.layout.mySessions}
        </NavLink>
      </li>
      <li>
        <NavLink className="nav__link" to="/mijn-verantwoording">
          {sessionsNl.layout.evidence}
        </NavLink>
      </li>
      {user?.is_admin ? (
        <li>
          <NavLink className="nav__link" to="/beheer">
            {adminNl.layout.admin}
          </NavLink>
        </li>
      ) : null}
      <li>
        <NotificationBell />
      </li>
      <li>
        <NavLink className="nav__link" to="/mijn-profiel">
          {nl.layout.profile}
        </NavLink>
      </li>
      <li>
        <button type="button" className="nav__link nav__button" onClick={handleLogout} disabled={busy}>
          {busy ? nl.layout.loggingOut : nl.layout.logout}
        </button>
      </li>
    </>
  );
}

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner container">
        <Link to="/" className="brand" aria-label={nl.layout.homeLinkLabel}>
          <svg className="brand__mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
            <rect width="64" height="64" rx="14" />
            <circle cx="22" cy="26" r="7" />
            <circle cx="42" cy="26" r="7" />
            <path d="M10 50c2-8 7-12 12-12s10 4 12 12M30 50c2-8 7-12 12-12s10 4 12 12" />
          </svg>
          <span className="brand__text">
            <span className="brand__name">{nl.appName}</span>
            <span className="brand__tagline">{nl.layout.tagline}</span>
          </span>
        </Link>
        <nav className="nav" aria-label={nl.layout.mainNavLabel}>
          <ul className="nav__list">
            <li>
              <NavLink className="nav__link" to="/groepen" end>
                {groupsNl.layout.findGroups}
              </NavLink>
            </li>
            <li>
              <NavLink className="nav__link" to="/methoden">
                {casesNl.layout.methods}
              </NavLink>
            </li>
            <li>
              <NavLink className="nav__link" to="/themabijeenkomsten">
                {eventsNl.layout.events}
              </NavLink>
            </li>
            <AccountNav />
          </ul>
        </nav>
      </div>
    </header>
  );
}
