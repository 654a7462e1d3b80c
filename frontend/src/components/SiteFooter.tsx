import { Link } from 'react-router';
import { nl, researchNl } from '../i18n/nl';
import { SiteAttribution } from './SiteAttribution';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p className="site-footer__name">{nl.appName}</p>
        <p>{nl.layout.footerText}</p>
        <p>{nl.layout.footerConfidential}</p>
        <p>
          <Link className="site-footer__link" to="/onderzoek">
            {researchNl.footerLink}
          </Link>
        </p>
        <SiteAttribution />
      </div>
    </footer>
  );
}
