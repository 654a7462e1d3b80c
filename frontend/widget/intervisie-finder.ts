/**
 * Entry of the embeddable finder (`dist/widget/intervisie-finder.js`):
 *
 *   <script src="https://intervisiewijzer.nl/widget/intervisie-finder.js" defer></script>
 *   <intervisie-finder province="utrecht"></intervisie-finder>
 *
 * Remembers where the script came from (the default API origin) and defines the element.
 */
import { defineIntervisieFinder, origin } from './element';

function scriptUrl(): string {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current.src;
  // Loaded in some other way (e.g. as a module): look for our script tag.
  const tags = document.querySelectorAll<HTMLScriptElement>('script[src*="intervisie-finder"]');
  return tags[tags.length - 1]?.src || location.href;
}

origin.script = scriptUrl();
defineIntervisieFinder();
