import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  defaultFilters,
  finderSearch,
  parseFilters,
  serializeFilters,
  toApiQuery,
  type FinderFilters,
} from './finderQuery';

const full: FinderFilters = {
  near: 'Hengelo (Gelderland)',
  radiusKm: 50,
  includeOnline: true,
  province: 'gelderland',
  mode: 'hybrid',
  hasVacancy: true,
  facilitator: 'trained',
  method: 'incidentmethode',
  audience: 'jeugdzorgwerker',
  identity: 'christelijk',
  q: 'trauma',
  page: 3,
  view: 'map',
};

describe('finder filters in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const query = serializeFilters(full).toString();
    expect(parseFilters(new URLSearchParams(query))).toEqual(full);
  });

  it('uses short Dutch parameter names', () => {
    expect(Object.fromEntries(serializeFilters(full))).toEqual({
      plaats: 'Hengelo (Gelderland)',
      straal: '50',
      online: '1',
      provincie: 'gelderland',
      vorm: 'hybrid',
      plek: '1',
      begeleiding: 'trained',
      methode: 'incidentmethode',
      voor: 'jeugdzorgwerker',
      levensbeschouwing: 'christelijk',
      zoek: 'trauma',
      pagina: '3',
      weergave: 'kaart',
    });
  });

  it('leaves out defaults, so a plain search has a short link', () => {
    expect(serializeFilters(defaultFilters).toString()).toBe('');
    expect(finderSearch(defaultFilters)).toBe('');
    expect(finderSearch({ ...defaultFilters, near: ' 3511 ', radiusKm: 25, page: 1 })).toBe('?plaats=3511');
  });

  it('parses an empty query to the defaults', () => {
    expect(parseFilters(new URLSearchParams(''))).toEqual(defaultFilters);
  });

  it('drops values the API would reject', () => {
    const parsed = parseFilters(
      new URLSearchParams('straal=37&provincie=atlantis&vorm=telepathie&begeleiding=x&voor=iedereen&pagina=-2&methode=<script>'),
    );
    expect(parsed).toEqual(defaultFilters);
  });

  it('counts the extra filters that are set', () => {
    expect(activeFilterCount(defaultFilters)).toBe(0);
    expect(activeFilterCount(full)).toBe(8);
  });
});

describe('toApiQuery', () => {
  it('sends only what is set, with the page as offset', () => {
    expect(toApiQuery({ ...defaultFilters, page: 2 })).toEqual({ limit: 20, offset: 20 });
  });

  it('sends radius and online only with a place', () => {
    expect(toApiQuery({ ...defaultFilters, radiusKm: 50, includeOnline: true })).toEqual({ limit: 20, offset: 0 });
    expect(toApiQuery(full)).toEqual({
      limit: 20,
      offset: 40,
      near: 'Hengelo (Gelderland)',
      radius_km: 50,
      include_online: true,
      province: 'gelderland',
      mode: 'hybrid',
      has_vacancy: true,
      facilitator: 'trained',
      method: 'incidentmethode',
      audience: 'jeugdzorgwerker',
      identity: 'christelijk',
      q: 'trauma',
    });
  });

  it('can ask for one big page for the map', () => {
    expect(toApiQuery(full, { limit: 100, offset: 0 })).toMatchObject({ limit: 100, offset: 0 });
  });
});
