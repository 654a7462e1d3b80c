import { useEffect } from 'react';
import { nl } from '../i18n/nl';

/** Sets the browser tab title, which is also the first thing a screen reader announces after navigation. */
export function useDocumentTitle(pageTitle: string) {
  useEffect(() => {
    document.title = nl.documentTitle(pageTitle);
  }, [pageTitle]);
}
