import { jsonResponse, type FakeRoute } from '../../test/renderWithProviders';
import { exampleMember, tokenBody } from '../../test/fixtures';
import type { MemberPublic } from '../../api/types';
import type { EventAdmin, EventPublic, MyRegistration, RoomOverview } from './types';

export const EVENT_ID = '33333333-3333-3333-3333-333333333333';

/** Far enough ahead that the tests do not start failing when the calendar moves on. */
export const exampleEvent: EventPublic = {
  id: EVENT_ID,
  theme: 'Traumasensitief werken',
  title: 'Veilig hechten na trauma',
  description: 'Wat doet trauma met een kind?\n\nWe werken met een casus.',
  expert_name: 'Dr. Mirjam Hoekstra',
  starts_at: '2030-12-10T18:30:00Z',
  ends_at: '2030-12-10T20:30:00Z',
  capacity: 40,
  room_size_max: 8,
  registration_closes_at: '2030-12-10T18:30:00Z',
  registration_open: true,
  status: 'published',
  registered_count: 28,
  waitlist_count: 0,
  spots_left: 12,
  rooms_assigned: false,
};

export const fullEvent: EventPublic = { ...exampleEvent, registered_count: 40, spots_left: 0, waitlist_count: 3 };
export const closedEvent: EventPublic = { ...exampleEvent, registration_open: false };

export const adminEvent: EventAdmin = {
  ...exampleEvent,
  plenary_url: 'https://meet.example.nl/plenair',
  coaches: [{ member_id: '44444444-4444-4444-4444-444444444444', full_name: 'Bianca El Amrani', kind: 'intervisor', room_number: null }],
  attended_count: 0,
  rooms_assigned_at: null,
  created_at: '2026-11-01T10:00:00Z',
  updated_at: '2026-11-01T10:00:00Z',
};

export function myRegistration(overrides: Partial<MyRegistration> = {}): MyRegistration {
  return {
    id: '55555555-5555-5555-5555-555555555555',
    event_id: EVENT_ID,
    status: 'registered',
    waitlist_position: null,
    household_code: null,
    registered_at: '2026-11-20T09:00:00Z',
    plenary_url: 'https://meet.example.nl/plenair',
    room: null,
    attended: null,
    ...overrides,
  };
}

export const withRoom = (): MyRegistration =>
  myRegistration({
    room: {
      number: 3,
      video_url: 'https://meet.example.nl/kamer-3',
      coach: { member_id: '44444444-4444-4444-4444-444444444444', full_name: 'Bianca El Amrani' },
    },
  });

export function roomOverview(overrides: Partial<RoomOverview> = {}): RoomOverview {
  const person = (id: string, name: string, kind: 'gezinshuisouder' | 'jeugdzorgwerker', experienced: boolean) => ({
    registration_id: id,
    member_id: `m-${id}`,
    full_name: name,
    kind,
    experienced,
    attended: null,
  });
  return {
    event_id: EVENT_ID,
    room_size_max: 2,
    rooms_assigned_at: '2026-11-25T12:00:00Z',
    rooms: [
      {
        number: 1,
        video_url: 'https://meet.example.nl/kamer-1',
        coach: { member_id: 'c1', full_name: 'Bianca El Amrani' },
        size: 2,
        participants: [person('r1', 'An de Vries', 'gezinshuisouder', true), person('r2', 'Jesse Bakker', 'jeugdzorgwerker', false)],
      },
      {
        number: 2,
        video_url: 'https://meet.example.nl/kamer-2',
        coach: { member_id: 'c2', full_name: 'Carla van der Meer' },
        size: 2,
        participants: [person('r3', 'Eva Smit', 'gezinshuisouder', false), person('r4', 'Tom Visser', 'jeugdzorgwerker', true)],
      },
    ],
    unplaced: [],
    spare_coaches: [],
    report: {
      participants: 4,
      rooms: 2,
      unplaced: 0,
      spare_coaches: 0,
      hard_constraints_met: true,
      scores: [
        { constraint: 'one_coach_per_room', label: 'x', hard: true, value: 0, best_possible: 0, met: true },
        { constraint: 'max_size', label: 'x', hard: true, value: 0, best_possible: 0, met: true },
        { constraint: 'size_balance', label: 'x', hard: true, value: 0, best_possible: 0, met: true },
        { constraint: 'role_balance', label: 'x', hard: false, value: 0, best_possible: 0, met: true },
        { constraint: 'experience_balance', label: 'x', hard: false, value: 0, best_possible: 0, met: true },
        { constraint: 'households_apart', label: 'x', hard: false, value: 0, best_possible: 0, met: true },
        { constraint: 'groups_apart', label: 'x', hard: false, value: 1, best_possible: 0, met: false },
      ],
    },
    ...overrides,
  };
}

export const path = (request: Request) => new URL(request.url).pathname;

/** A logged-in session: the start-up refresh gives a token and /me answers with the member. */
export function loggedInAs(member: MemberPublic = exampleMember): FakeRoute {
  return (request) => {
    if (path(request) === '/api/v1/auth/refresh') return jsonResponse(200, tokenBody('t1'));
    if (path(request) === '/api/v1/me') return jsonResponse(200, member);
    return undefined;
  };
}

export const adminMember: MemberPublic = { ...exampleMember, full_name: 'Beheer Present 24x7', is_admin: true };

const notRegistered = { type: 'about:blank', title: 'Niet gevonden', status: 404, detail: 'Je bent niet aangemeld voor deze bijeenkomst.' };
const notStaff = { type: 'about:blank', title: 'Geen toegang', status: 403, detail: 'Alleen de beheerders en de coaches.' };

/** The event endpoints a member's event page asks for. */
export function eventApi({
  event = exampleEvent,
  registration = null as MyRegistration | null,
  rooms = null as RoomOverview | null,
} = {}): FakeRoute {
  return (request) => {
    const p = path(request);
    if (request.method !== 'GET') return undefined;
    if (p === `/api/v1/events/${event.id}`) return jsonResponse(200, event);
    if (p === `/api/v1/events/${event.id}/my-registration`) {
      return registration ? jsonResponse(200, registration) : jsonResponse(404, notRegistered);
    }
    if (p === `/api/v1/events/${event.id}/rooms`) return rooms ? jsonResponse(200, rooms) : jsonResponse(403, notStaff);
    return undefined;
  };
}

/** A route that answers one request with an async handler (for reading the body), and lets others through. */
export function on(method: string, pathname: string, handler: (request: Request) => Promise<Response>): FakeRoute {
  return (request) => (request.method === method && path(request) === pathname ? handler(request) : undefined);
}
