import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { AdminEventPage } from './AdminEventPage';
import { jsonResponse, LocationProbe, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { eventsNl } from '../../i18n/nl';
import { adminEvent, adminMember, EVENT_ID, loggedInAs, on, path, roomOverview } from './testFixtures';
import type { EventAdmin, RegistrationForAdmin, RoomOverview } from './types';

const r = eventsNl.rooms;

function registration(id: string, name: string, overrides: Partial<RegistrationForAdmin> = {}): RegistrationForAdmin {
  return {
    id,
    member_id: `m-${id}`,
    full_name: name,
    email: `${id}@example.nl`,
    kind: 'gezinshuisouder',
    years_experience: 5,
    experienced: true,
    status: 'registered',
    waitlist_position: null,
    household_code: null,
    room_number: 1,
    attended: null,
    registered_at: '2026-11-20T09:00:00Z',
    cancelled_at: null,
    ...overrides,
  };
}

const registrations = [
  registration('r1', 'An de Vries'),
  registration('r2', 'Jesse Bakker', { kind: 'jeugdzorgwerker', experienced: false, years_experience: 1 }),
  registration('r3', 'Eva Smit', { room_number: 2 }),
  registration('r4', 'Tom Visser', { room_number: 2 }),
  registration('r5', 'Petra Lam', { status: 'waitlisted', waitlist_position: 1, room_number: null }),
];

function adminApi({ event = adminEvent as EventAdmin, rooms = roomOverview() as RoomOverview | null } = {}): FakeRoute {
  return (request) => {
    const p = path(request);
    if (request.method !== 'GET') return undefined;
    if (p === `/api/v1/events/${EVENT_ID}/manage`) return jsonResponse(200, event);
    if (p === `/api/v1/events/${EVENT_ID}/registrations`) {
      return jsonResponse(200, { items: registrations, total: registrations.length, limit: 100, offset: 0 });
    }
    if (p === `/api/v1/events/${EVENT_ID}/rooms`) {
      return jsonResponse(200, rooms ?? { ...roomOverview(), rooms: [], rooms_assigned_at: null, report: null });
    }
    return undefined;
  };
}

function renderAdmin(routes: FakeRoute[]) {
  return renderWithProviders(<></>, {
    path: `/beheer/themabijeenkomsten/${EVENT_ID}`,
    routes: [loggedInAs(adminMember), ...routes],
    tree: (
      <Routes>
        <Route path="/beheer/themabijeenkomsten/:id" element={<AdminEventPage />} />
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    ),
  });
}

describe('AdminEventPage', () => {
  it('lists the registrations with status, room and waitlist place', async () => {
    renderAdmin([adminApi()]);

    const table = await screen.findByRole('table', { name: eventsNl.registrations.tableLabel });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(within(table).getByText(eventsNl.registrations.waitlistPosition(1))).toBeInTheDocument();
    expect(within(table).getByText('starter (1 jaar)')).toBeInTheDocument();
    expect(screen.getByText(eventsNl.registrations.summary(4, 1, 0))).toBeInTheDocument();
  });

  it('shows the rooms with coach, mix and the report', async () => {
    renderAdmin([adminApi()]);

    const rooms = await screen.findByRole('region', { name: r.heading });
    const room = await within(rooms).findByRole('article', { name: r.roomHeading(1) });
    expect(within(room).getByText(r.coach('Bianca El Amrani'))).toBeInTheDocument();
    expect(within(room).getByText('1 gezinshuisouder · 1 jeugdzorgwerker · 1 starter')).toBeInTheDocument();
    expect(within(rooms).getByRole('region', { name: eventsNl.report.heading })).toBeInTheDocument();
    expect(within(rooms).getByRole('button', { name: r.reassign })).toBeInTheDocument();
  });

  it('shows the API’s explanation when the chosen room is full', async () => {
    const user = userEvent.setup();
    const moves: unknown[] = [];
    renderAdmin([
      adminApi(),
      on('POST', `/api/v1/events/${EVENT_ID}/rooms/move`, async (request) => {
        moves.push(await request.json());
        return jsonResponse(409, {
          type: 'https://intervisiewijzer.nl/problemen/conflict',
          title: 'Conflict',
          status: 409,
          detail: 'Kamer 2 is vol (2 van 2). Verplaats eerst iemand anders uit die kamer.',
        });
      }),
    ]);

    const select = await screen.findByRole('combobox', { name: r.moveLabel('An de Vries') });
    expect(within(select).getByRole('option', { name: r.moveToFull(2) })).toBeInTheDocument();
    await user.selectOptions(select, '2');
    await user.click(screen.getByRole('button', { name: `${r.move} (An de Vries)` }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Kamer 2 is vol (2 van 2). Verplaats eerst iemand anders uit die kamer.');
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(moves).toEqual([{ registration_id: 'r1', room_number: 2 }]);
  });

  it('moves a participant and announces it', async () => {
    const user = userEvent.setup();
    const before = roomOverview({ room_size_max: 3 });
    const [one, two] = before.rooms;
    const after: RoomOverview = {
      ...before,
      rooms: [
        { ...one!, size: 1, participants: one!.participants.slice(1) },
        { ...two!, size: 3, participants: [...two!.participants, one!.participants[0]!] },
      ],
    };
    let current = before;
    renderAdmin([
      (request) => {
        if (request.method === 'POST' && path(request) === `/api/v1/events/${EVENT_ID}/rooms/move`) {
          current = after;
          return jsonResponse(200, after);
        }
        return path(request) === `/api/v1/events/${EVENT_ID}/rooms` ? jsonResponse(200, current) : undefined;
      },
      adminApi(),
    ]);

    await user.selectOptions(await screen.findByRole('combobox', { name: r.moveLabel('An de Vries') }), '2');
    await user.click(screen.getByRole('button', { name: `${r.move} (An de Vries)` }));

    expect(await screen.findByText(r.moved('An de Vries', 2))).toBeInTheDocument();
    const room2 = screen.getByRole('article', { name: r.roomHeading(2) });
    expect(within(room2).getByText('An de Vries')).toBeInTheDocument();
  });

  it('explains when there are too few coaches to assign rooms', async () => {
    const user = userEvent.setup();
    renderAdmin([
      adminApi({ rooms: null }),
      (request) =>
        request.method === 'POST' && path(request) === `/api/v1/events/${EVENT_ID}/rooms/assign`
          ? jsonResponse(409, {
              type: 'https://intervisiewijzer.nl/problemen/conflict',
              title: 'Conflict',
              status: 409,
              detail: 'Voor 28 deelnemers in kamers van hoogstens 8 zijn 4 coaches nodig; er zijn er 1. Voeg er nog 3 toe of vergroot de kamers.',
              coaches_needed: 4,
              coaches_available: 1,
            })
          : undefined,
    ]);

    const rooms = await screen.findByRole('region', { name: r.heading });
    expect(await within(rooms).findByText(r.notAssigned)).toBeInTheDocument();
    expect(within(rooms).getByText(eventsNl.coaches.needed(4, 1))).toBeInTheDocument();
    await user.click(within(rooms).getByRole('button', { name: r.assign }));
    expect(await within(rooms).findByRole('alert')).toHaveTextContent('zijn 4 coaches nodig; er zijn er 1');
  });

  it('records attendance only from the start of the event', async () => {
    renderAdmin([adminApi()]);

    const section = await screen.findByRole('region', { name: eventsNl.attendance.heading });
    expect(await within(section).findByText(eventsNl.attendance.notYet('10 december 2030 om 19:30 uur'))).toBeInTheDocument();
    expect(within(section).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('records who attended after the event started', async () => {
    const user = userEvent.setup();
    const past: EventAdmin = { ...adminEvent, starts_at: '2026-01-10T18:30:00Z', ends_at: '2026-01-10T20:30:00Z', registration_open: false };
    const sent: unknown[] = [];
    renderAdmin([
      adminApi({ event: past }),
      on('PUT', `/api/v1/events/${EVENT_ID}/attendance`, async (request) => {
        const body = (await request.json()) as { records: { registration_id: string; attended: boolean }[] };
        sent.push(body);
        return jsonResponse(
          200,
          body.records.map((record) => ({
            registration_id: record.registration_id,
            member_id: `m-${record.registration_id}`,
            full_name: record.registration_id,
            attended: record.attended,
            recorded_at: '2026-01-10T21:00:00Z',
          })),
        );
      }),
    ]);

    const section = await screen.findByRole('region', { name: eventsNl.attendance.heading });
    const group = await within(section).findByRole('group', { name: eventsNl.attendance.legend });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(4);
    await user.click(within(group).getByRole('checkbox', { name: 'An de Vries' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Eva Smit' }));
    await user.click(within(section).getByRole('button', { name: eventsNl.attendance.save }));

    expect(await within(section).findByText(eventsNl.attendance.saved(2, 4))).toBeInTheDocument();
    expect(sent).toEqual([
      {
        records: [
          { registration_id: 'r1', attended: true },
          { registration_id: 'r2', attended: false },
          { registration_id: 'r3', attended: true },
          { registration_id: 'r4', attended: false },
        ],
      },
    ]);
  });
});
