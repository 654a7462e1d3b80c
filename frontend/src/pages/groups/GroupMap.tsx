import { useEffect, useId, useRef } from 'react';
import { useNavigate } from 'react-router';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { groupsNl } from '../../i18n/nl';
import { formatDistance, spotsBadge } from './format';
import type { GroupPublic, ResolvedPlace } from './types';

const t = groupsNl.map;

/** The middle of the Netherlands, shown when there is nothing to fit the map to. */
const NL_CENTRE: L.LatLngTuple = [52.2, 5.3];
const NL_ZOOM = 7;

export interface GroupMapProps {
  groups: readonly GroupPublic[];
  near: ResolvedPlace | null;
  radiusKm: number | null;
  /** Tile URL template from /site-config; null draws the markers on a plain background (tests, offline). */
  tileUrl: string | null;
  attribution: string;
  /** Search string of the finder, passed on to group pages so "back to results" keeps the search. */
  finderSearch: string;
}

interface PlaceMarker {
  key: string;
  lat: number;
  lon: number;
  place: string;
  groups: GroupPublic[];
}

/** Groups in one place share its centre point: one marker per place, listing all of them. */
function byPlace(groups: readonly GroupPublic[]): PlaceMarker[] {
  const places = new Map<string, PlaceMarker>();
  for (const group of groups) {
    if (group.lat === null || group.lon === null || group.mode === 'online') continue;
    const key = `${group.lat.toFixed(4)},${group.lon.toFixed(4)}`;
    const existing = places.get(key);
    if (existing) existing.groups.push(group);
    else places.set(key, { key, lat: group.lat, lon: group.lon, place: group.place ?? '', groups: [group] });
  }
  return [...places.values()];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Leaflet map of the finder's results. Plain Leaflet in a React effect: the map is created once,
 * and markers are redrawn when the results change. Popup content is built with DOM calls and
 * textContent only (no HTML strings), and its links navigate inside the app.
 */
export default function GroupMap({ groups, near, radiusKm, tileUrl, attribution, finderSearch }: GroupMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const layerRef = useRef<L.LayerGroup | null>(null);
  const navigate = useNavigate();
  const navigateRef = useRef(navigate);
  const instructionsId = useId();

  useEffect(() => {
    navigateRef.current = navigate;
  }, [navigate]);

  // Create the map once.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const map = L.map(container, {
      center: NL_CENTRE,
      zoom: NL_ZOOM,
      zoomControl: false,
      attributionControl: false,
      // Half steps let the map fit the search radius snugly.
      zoomSnap: 0.5,
      // Scrolling the page must not zoom the map, and one finger on a phone scrolls the page.
      scrollWheelZoom: false,
      dragging: !L.Browser.mobile,
    });
    L.control.zoom({ zoomInTitle: t.zoomIn, zoomOutTitle: t.zoomOut }).addTo(map);
    L.control.attribution({ prefix: false }).addTo(map);
    layerRef.current = L.layerGroup().addTo(map);
    mapRef.current = map;

    let lastMarker: HTMLElement | null = null;
    map.on('popupopen', (event: L.PopupEvent) => {
      const popup = event.popup.getElement();
      popup?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', t.closePopup);
      lastMarker = document.activeElement instanceof HTMLElement && container.contains(document.activeElement)
        ? document.activeElement
        : null;
      popup?.querySelector<HTMLElement>('.map-popup a')?.focus({ preventScroll: true });
    });
    map.on('popupclose', (event: L.PopupEvent) => {
      const popup = event.popup.getElement();
      const focusWasInPopup = popup?.contains(document.activeElement) || document.activeElement === document.body;
      if (focusWasInPopup && lastMarker?.isConnected) lastMarker.focus({ preventScroll: true });
      lastMarker = null;
    });

    return () => {
      map.remove();
      mapRef.current = null;
      layerRef.current = null;
    };
  }, []);

  // Background tiles, only when the site configures a tile source.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !tileUrl) return undefined;
    const tiles = L.tileLayer(tileUrl, { attribution, minZoom: 6, maxZoom: 19, crossOrigin: true }).addTo(map);
    return () => {
      tiles.remove();
    };
  }, [tileUrl, attribution]);

  // Markers, the search centre and the search radius.
  useEffect(() => {
    const map = mapRef.current;
    const layer = layerRef.current;
    if (!map || !layer) return;
    layer.clearLayers();
    const bounds = L.latLngBounds([]);

    if (near) {
      const centre: L.LatLngTuple = [near.lat, near.lon];
      if (radiusKm) {
        const circle = L.circle(centre, {
          radius: radiusKm * 1000,
          interactive: false,
          className: 'map-radius',
        }).addTo(layer);
        bounds.extend(circle.getBounds());
      }
      L.marker(centre, {
        keyboard: false,
        interactive: false,
        zIndexOffset: -1000,
        icon: L.divIcon({ className: 'map-centre', html: '', iconSize: [14, 14] }),
      }).addTo(layer);
      bounds.extend(centre);
    }

    for (const place of byPlace(groups)) {
      const label = t.marker(place.place, place.groups.length);
      // The visible number is hidden from screen readers; the marker's title names it in full.
      const pin = element('span', 'map-pin__count', String(place.groups.length));
      pin.setAttribute('aria-hidden', 'true');
      const icon = L.divIcon({ className: 'map-pin', html: pin, iconSize: [34, 34], iconAnchor: [17, 17], popupAnchor: [0, -14] });
      const marker = L.marker([place.lat, place.lon], { icon, riseOnHover: true, title: label });
      marker.bindPopup(() => popupContent(place, (to) => void navigateRef.current(to, { state: { finderSearch } })), {
        maxWidth: 300,
        minWidth: 200,
        className: 'map-popup-wrapper',
      });
      // Buttons answer to Space as well as Enter (Leaflet handles Enter).
      marker.on('add', () => {
        marker.getElement()?.addEventListener('keydown', (event) => {
          if (event.key === ' ') {
            event.preventDefault();
            marker.openPopup();
          }
        });
      });
      marker.addTo(layer);
      bounds.extend([place.lat, place.lon]);
    }

    if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 12 });
    else map.setView(NL_CENTRE, NL_ZOOM);
  }, [groups, near, radiusKm, finderSearch]);

  return (
    <div className="group-map">
      <p className="group-map__instructions" id={instructionsId}>
        {t.instructions} {tileUrl ? null : t.noTiles}
      </p>
      <div
        ref={containerRef}
        className={tileUrl ? 'group-map__canvas' : 'group-map__canvas group-map__canvas--plain'}
        role="region"
        aria-label={t.label}
        aria-describedby={instructionsId}
      />
    </div>
  );
}

function popupContent(place: PlaceMarker, go: (to: string) => void): HTMLElement {
  const root = element('div', 'map-popup');
  root.append(element('p', 'map-popup__place', place.place));
  const list = element('ul', 'map-popup__list');
  for (const group of place.groups) {
    const item = element('li', 'map-popup__item');
    const link = element('a', 'map-popup__link', group.name);
    const to = `/groepen/${encodeURIComponent(group.slug)}`;
    link.href = to;
    link.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      go(to);
    });
    item.append(link);
    const badge = spotsBadge(group);
    const details = [badge.text];
    if (group.distance_km !== null && group.distance_km !== undefined) details.push(formatDistance(group.distance_km));
    item.append(element('span', `map-popup__meta map-popup__meta--${badge.tone}`, details.join(' · ')));
    list.append(item);
  }
  root.append(list);
  return root;
}
