import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { nl } from '../i18n/nl';
import type { RedirectState } from '../auth/RequireAuth';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { StatusMessage } from './StatusMessage';

/** After client-side navigation, move focus to the new page's heading, as a full page load would reset it. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    } else {
      document.getElementById('inhoud')?.focus();
    }
  }, [pathname]);
}

export function Layout() {
  const location = useLocation();
  const flash = (location.state as RedirectState | null)?.flash ?? null;
  useFocusOnNavigation();

  return (
    <div className="page">
      <a className="skip-link" href="#inhoud">
        {nl.layout.skipLink}
      </a>
      <SiteHeader />
      <main id="inhoud" className="main container" tabIndex={-1}>
        <StatusMessage message={flash} tone="info" />
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
