import type { GroupPublic, GroupSearchPage } from '../types';

let counter = 0;

/** A public group as the API sends it; override what the test is about. */
export function group(overrides: Partial<GroupPublic> = {}): GroupPublic {
  counter += 1;
  return {
    id: `00000000-0000-0000-0000-${String(counter).padStart(12, '0')}`,
    slug: `groep-${counter}`,
    name: `Groep ${counter}`,
    description: 'Een groep gezinshuisouders.',
    mode: 'in_person',
    province: 'utrecht',
    place: 'Utrecht',
    lat: 52.094,
    lon: 5.104,
    meetings_per_year: 6,
    weekday: 'friday',
    daypart: 'evening',
    session_minutes: 120,
    size_min: 4,
    size_max: 7,
    member_count: 5,
    open_spots: 2,
    waitlist_count: 0,
    facilitator_type: 'trained',
    methods: [],
    audience: [],
    identity: null,
    language: 'nl',
    registration_bodies: [],
    organisation: null,
    status: 'open',
    lifecycle: 'open',
    updated_at: '2026-01-01T00:00:00Z',
    distance_km: null,
    ...overrides,
  };
}

export function page(items: GroupPublic[], extra: Partial<GroupSearchPage> = {}): GroupSearchPage {
  return { items, total: items.length, limit: 10, offset: 0, near: null, ...extra };
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

export const unknownPlace = {
  type: 'https://intervisiewijzer.nl/problemen/ongeldige-invoer',
  title: 'Ongeldige invoer',
  status: 422,
  detail: "We kennen de plaats of postcode 'Utrcht' niet. Misschien gaat het om Utrecht (Utrecht) of Tricht (Gelderland)?",
  query: 'Utrcht',
  suggestions: ['Utrecht (Utrecht)', 'Tricht (Gelderland)'],
};

export const ambiguousPlace = {
  type: 'https://intervisiewijzer.nl/problemen/ongeldige-invoer',
  title: 'Ongeldige invoer',
  status: 422,
  detail: "Er zijn meerdere plaatsen met de naam 'Hengelo': Hengelo (Overijssel) en Hengelo (Gelderland).",
  query: 'Hengelo',
  options: [
    { label: 'Hengelo (Overijssel)', place: 'Hengelo', province: 'overijssel' },
    { label: 'Hengelo (Gelderland)', place: 'Hengelo', province: 'gelderland' },
  ],
};
