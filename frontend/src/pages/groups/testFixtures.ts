import { jsonResponse, type FakeRoute } from '../../test/renderWithProviders';
import { exampleMember, tokenBody } from '../../test/fixtures';
import type { GroupPublic, JoinRequestPublic, MyGroup } from './types';

export const exampleGroup: GroupPublic = {
  id: '11111111-1111-1111-1111-111111111111',
  slug: 'intervisiegroep-amersfoort',
  name: 'Intervisiegroep Amersfoort',
  description: 'Wij zijn gezinshuisouders uit Amersfoort.\n\nWe werken met de incidentmethode.',
  mode: 'in_person',
  province: 'utrecht',
  place: 'Amersfoort',
  lat: 52.156,
  lon: 5.387,
  meetings_per_year: 6,
  weekday: 'tuesday',
  daypart: 'evening',
  session_minutes: 120,
  size_min: 5,
  size_max: 8,
  member_count: 6,
  open_spots: 2,
  waitlist_count: 0,
  facilitator_type: 'trained',
  methods: [{ slug: 'incidentmethode', name: 'Incidentmethode' }],
  audience: ['loondienst', 'jeugdzorgwerker'],
  identity: null,
  language: 'nl',
  registration_bodies: ['skj'],
  organisation: null,
  status: 'open',
  lifecycle: 'open',
  updated_at: '2026-06-27T10:00:00Z',
  distance_km: null,
};

export const fullGroup: GroupPublic = { ...exampleGroup, member_count: 8, open_spots: 0, waitlist_count: 3, status: 'full' };

export function joinRequest(overrides: Partial<JoinRequestPublic> = {}): JoinRequestPublic {
  return {
    id: '22222222-2222-2222-2222-222222222222',
    group_id: exampleGroup.id,
    group_slug: exampleGroup.slug,
    group_name: exampleGroup.name,
    status: 'pending',
    motivation: 'Ik ben gezinshuisouder in Leusden en zoek een vaste groep.',
    response_message: null,
    waitlist_position: null,
    created_at: '2026-11-20T09:00:00Z',
    offered_at: null,
    decided_at: null,
    ...overrides,
  };
}

export const path = (request: Request) => new URL(request.url).pathname;

/** A logged-in session: the start-up refresh gives a token and /me answers with exampleMember. */
export const loggedIn: FakeRoute = (request) => {
  if (path(request) === '/api/v1/auth/refresh') return jsonResponse(200, tokenBody('t1'));
  if (path(request) === '/api/v1/me') return jsonResponse(200, exampleMember);
  return undefined;
};

export function groupApi({
  group = exampleGroup,
  myGroups = [] as MyGroup[],
  myRequests = [] as JoinRequestPublic[],
} = {}): FakeRoute {
  return (request) => {
    const url = new URL(request.url);
    if (url.pathname === `/api/v1/groups/${group.slug}` || url.pathname === `/api/v1/groups/${group.id}`) {
      return new Response(JSON.stringify(group), {
        status: 200,
        headers: { 'Content-Type': 'application/json', ETag: '"abc-1"' },
      });
    }
    if (url.pathname === '/api/v1/me/groups') return jsonResponse(200, myGroups);
    if (url.pathname === '/api/v1/me/join-requests') return jsonResponse(200, myRequests);
    return undefined;
  };
}
