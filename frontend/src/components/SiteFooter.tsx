import { nl } from '../i18n/nl';
import { SiteAttribution } from './SiteAttribution';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p className="site-footer__name">{nl.appName}</p>
        <p>{nl.layout.footerText}</p>
        <p>{nl.layout.footerConfidential}</p>
        <SiteAttribution />
      </div>
    </footer>
  );
}
