/**
 * The optional map of `<intervisie-finder map="true">`. Built as its own script
 * (`intervisie-finder-map.js`, Leaflet included) and loaded by the widget only when a partner
 * asks for the map, so the widget itself stays small. The list stays the accessible source of
 * truth: the map only repeats it. Places, never addresses: group coordinates are place centres.
 */
import * as L from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { groupUrl, type WidgetConfig } from './config';
import { h } from './dom';
import { t } from './text';
import type { GroupPublic, ResolvedPlace } from './types';

export interface FinderMap {
  show(items: GroupPublic[], near: ResolvedPlace | null, radiusKm: number): void;
}

interface SiteConfig {
  map_tile_url: string | null;
  map_attribution: string;
  data_attribution: string;
}

const NETHERLANDS: L.LatLngBoundsExpression = [
  [50.75, 3.35],
  [53.55, 7.23],
];

async function siteConfig(apiBase: string): Promise<SiteConfig | null> {
  try {
    const response = await fetch(`${apiBase}/api/v1/site-config`, { credentials: 'omit' });
    return response.ok ? ((await response.json()) as SiteConfig) : null;
  } catch {
    return null;
  }
}

export async function createMap(container: HTMLElement, config: WidgetConfig): Promise<FinderMap> {
  // Leaflet's stylesheet goes into the widget's shadow root, not into the partner's page.
  const root = container.getRootNode();
  try {
    if (!(root instanceof ShadowRoot)) throw new Error('geen shadow root');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(leafletCss);
    // Leaflet first, so the widget's own rules (e.g. for .map) still win on equal specificity.
    root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
  } catch {
    container.before(h('style', null, leafletCss));
  }
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', t.mapLabel);
  const site = await siteConfig(config.apiBase);
  const map = L.map(container, { zoomControl: false, scrollWheelZoom: false, attributionControl: true });
  L.control.zoom({ zoomInTitle: t.zoomIn, zoomOutTitle: t.zoomOut }).addTo(map);
  map.attributionControl.setPrefix(false);
  if (site?.map_tile_url) {
    L.tileLayer(site.map_tile_url, { attribution: site.map_attribution, maxZoom: 18 }).addTo(map);
  }
  if (site?.data_attribution) map.attributionControl.addAttribution(site.data_attribution);
  map.fitBounds(NETHERLANDS);
  // Leaflet names the popup's close button in English.
  map.on('popupopen', (event) => {
    event.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', t.closePopup);
  });
  const layer = L.layerGroup().addTo(map);
  const accent = getComputedStyle(container).getPropertyValue('--accent').trim() || '#0a5a78';

  return {
    show(items, near, radiusKm) {
      layer.clearLayers();
      const bounds: L.LatLngExpression[] = [];
      // Several groups often share a place centre: one marker per place, all groups in its popup.
      const byPlace = new Map<string, GroupPublic[]>();
      for (const group of items) {
        if (group.lat === null || group.lon === null) continue;
        const key = `${group.lat},${group.lon}`;
        byPlace.set(key, [...(byPlace.get(key) ?? []), group]);
      }
      for (const groups of byPlace.values()) {
        const first = groups[0]!;
        const at: L.LatLngExpression = [first.lat!, first.lon!];
        bounds.push(at);
        const popup = h(
          'div',
          null,
          h('strong', null, t.location(first)),
          h(
            'ul',
            { class: 'map-list' },
            groups.map((group) =>
              h(
                'li',
                null,
                h('a', { href: groupUrl(config, group.slug), target: '_blank', rel: 'noopener' }, group.name),
                ` · ${t.availability(group).text}`,
              ),
            ),
          ),
        );
        L.circleMarker(at, { radius: 8, color: '#fff', weight: 2, fillColor: accent, fillOpacity: 1 })
          .bindTooltip(`${t.location(first)}: ${groups.length === 1 ? first.name : t.groupCount(groups.length)}`)
          .bindPopup(popup)
          .addTo(layer);
      }
      if (near) {
        const centre: L.LatLngExpression = [near.lat, near.lon];
        L.circle(centre, { radius: radiusKm * 1000, color: accent, weight: 1, fillOpacity: 0.05, interactive: false }).addTo(layer);
        bounds.push(centre);
        map.fitBounds(L.latLng(centre).toBounds(radiusKm * 2000), { maxZoom: 12 });
      } else if (bounds.length) {
        map.fitBounds(L.latLngBounds(bounds), { maxZoom: 11, padding: [20, 20] });
      }
    },
  };
}
