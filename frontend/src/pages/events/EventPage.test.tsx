import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { EventPage } from './EventPage';
import { jsonResponse, LocationProbe, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { eventsNl } from '../../i18n/nl';
import {
  closedEvent,
  eventApi,
  exampleEvent,
  fullEvent,
  loggedInAs,
  myRegistration,
  on,
  path,
  roomOverview,
  withRoom,
} from './testFixtures';
import type { EventPublic } from './types';

const t = eventsNl.registration;

function renderEvent(routes: FakeRoute[], event: EventPublic = exampleEvent) {
  return renderWithProviders(<></>, {
    path: `/themabijeenkomsten/${event.id}`,
    routes,
    tree: (
      <Routes>
        <Route path="/themabijeenkomsten/:id" element={<EventPage />} />
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    ),
  });
}

const panel = (name: string | RegExp = /Aanmelden|Je aanmelding|Je bent coach/) => screen.findByRole('region', { name });

describe('EventPage', () => {
  it('shows the theme, the Dutch date and time, the programme and the places left', async () => {
    renderEvent([eventApi()]);

    expect(await screen.findByRole('heading', { level: 1, name: exampleEvent.title })).toBeInTheDocument();
    expect(screen.getAllByText('dinsdag 10 december 2030, 19:30–21:30 uur').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: eventsNl.event.part1Title })).toBeInTheDocument();
    expect(screen.getByText(eventsNl.event.part1Expert('Dr. Mirjam Hoekstra'))).toBeInTheDocument();
    expect(screen.getByText(eventsNl.event.part2Text(8))).toBeInTheDocument();
    expect(screen.getAllByText('12 plekken vrij').length).toBeGreaterThan(0);
  });

  it('asks visitors to log in before registering', async () => {
    renderEvent([eventApi()]);

    const area = await panel(t.heading);
    expect(await within(area).findByRole('link', { name: t.loginLink })).toHaveAttribute('href', '/inloggen');
    expect(within(area).queryByRole('button', { name: t.submit })).not.toBeInTheDocument();
  });

  it('lets a member register, and then shows the registration', async () => {
    const user = userEvent.setup();
    let registration: ReturnType<typeof myRegistration> | null = null;
    const posted: unknown[] = [];
    renderEvent([
      loggedInAs(),
      on('POST', `/api/v1/events/${exampleEvent.id}/registrations`, async (request) => {
        posted.push(await request.json());
        registration = myRegistration();
        return jsonResponse(201, registration);
      }),
      (request) => eventApi({ registration })(request),
    ]);

    const area = await panel(t.heading);
    expect(await within(area).findByText(t.spotsLeft(12))).toBeInTheDocument();
    await user.type(within(area).getByLabelText(/Code van je gezinshuis/), 'gezinshuis-de-linde');
    await user.click(within(area).getByRole('button', { name: t.submit }));

    const mine = await panel(t.yourHeading);
    expect(await within(mine).findByText(t.registered, { selector: 'strong' })).toBeInTheDocument();
    expect(within(mine).getAllByRole('status')[0]).toHaveTextContent(t.registered);
    expect(within(mine).getByText(t.roomPending)).toBeInTheDocument();
    expect(posted).toEqual([{ household_code: 'gezinshuis-de-linde' }]);
  });

  it('checks the household code before sending', async () => {
    const user = userEvent.setup();
    const { requests } = renderEvent([loggedInAs(), eventApi()]);

    const area = await panel(t.heading);
    await user.type(await within(area).findByLabelText(/Code van je gezinshuis/), 'x');
    await user.click(within(area).getByRole('button', { name: t.submit }));

    expect(within(area).getByLabelText(/Code van je gezinshuis/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('link', { name: t.householdInvalid })).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'POST' && path(request).endsWith('/registrations'))).toBe(false);
  });

  it('explains the waitlist when the event is full', async () => {
    renderEvent([loggedInAs(), eventApi({ event: fullEvent })], fullEvent);

    const area = await panel(t.heading);
    expect(await within(area).findByText(t.fullIntro)).toBeInTheDocument();
    expect(within(area).getByText(t.waitlistNow(3))).toBeInTheDocument();
    expect(within(area).getByRole('button', { name: t.submitWaitlist })).toBeInTheDocument();
  });

  it('shows a waitlisted member their place and lets them leave the waitlist', async () => {
    const registration = myRegistration({ status: 'waitlisted', waitlist_position: 2, plenary_url: null });
    renderEvent([loggedInAs(), eventApi({ event: fullEvent, registration })], fullEvent);

    const area = await panel(t.yourHeading);
    expect(await within(area).findByText(t.waitlisted(2))).toBeInTheDocument();
    expect(within(area).getByText(t.waitlistExplain)).toBeInTheDocument();
    expect(within(area).getByRole('button', { name: t.cancelWaitlist })).toBeInTheDocument();
    expect(within(area).queryByRole('link', { name: /plenaire deel/ })).not.toBeInTheDocument();
  });

  it('shows a registered participant their room, coach and links', async () => {
    renderEvent([loggedInAs(), eventApi({ event: { ...exampleEvent, rooms_assigned: true }, registration: withRoom() })]);

    const area = await panel(t.yourHeading);
    expect(await within(area).findByText('Jouw kamer: Kamer 3 · coach Bianca El Amrani')).toBeInTheDocument();
    expect(within(area).getByRole('link', { name: t.roomLinkLabel(3) })).toHaveAttribute('href', 'https://meet.example.nl/kamer-3');
    expect(within(area).getByRole('link', { name: t.plenaryLinkLabel })).toHaveAttribute('href', 'https://meet.example.nl/plenair');
    expect(within(area).getByRole('button', { name: t.calendar })).toBeInTheDocument();
  });

  it('downloads the calendar file with the bearer token', async () => {
    const user = userEvent.setup();
    const { requests } = renderEvent([
      loggedInAs(),
      eventApi({ registration: withRoom() }),
      (request) =>
        path(request) === `/api/v1/events/${exampleEvent.id}.ics`
          ? new Response('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', {
              status: 200,
              headers: { 'Content-Type': 'text/calendar', 'Content-Disposition': 'attachment; filename="themabijeenkomst-2030-12-10.ics"' },
            })
          : undefined,
    ]);

    const area = await panel(t.yourHeading);
    await user.click(await within(area).findByRole('button', { name: t.calendar }));

    expect(await within(area).findByText(t.calendarDone)).toBeInTheDocument();
    const asked = requests.find((request) => path(request).endsWith('.ics'));
    expect(asked?.headers.get('Authorization')).toBe('Bearer t1');
  });

  it('asks before cancelling and then offers registering again', async () => {
    const user = userEvent.setup();
    let registration: ReturnType<typeof myRegistration> | null = myRegistration();
    renderEvent([
      loggedInAs(),
      (request) => {
        if (request.method === 'DELETE' && path(request) === `/api/v1/events/${exampleEvent.id}/registrations/me`) {
          registration = null;
          return new Response(null, { status: 204 });
        }
        return undefined;
      },
      (request) => eventApi({ registration })(request),
    ]);

    const area = await panel(t.yourHeading);
    await user.click(await within(area).findByRole('button', { name: t.cancel }));
    const dialog = screen.getByRole('dialog', { name: t.cancelConfirmTitle });
    expect(within(dialog).getByRole('button', { name: t.keep })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: t.cancel }));

    const again = await panel(t.heading);
    expect(await within(again).findByRole('button', { name: t.submit })).toBeInTheDocument();
    expect(within(again).getAllByRole('status')[0]).toHaveTextContent(t.cancelled);
  });

  it('says registration is closed after the deadline', async () => {
    renderEvent([loggedInAs(), eventApi({ event: closedEvent })], closedEvent);

    const area = await panel(t.heading);
    expect(await within(area).findByText(t.closed('10 december 2030 om 19:30 uur'))).toBeInTheDocument();
    expect(within(area).queryByRole('button', { name: t.submit })).not.toBeInTheDocument();
  });

  it('shows a coach the people in their room', async () => {
    const rooms = roomOverview({ rooms: roomOverview().rooms.slice(0, 1), report: null });
    renderEvent([loggedInAs(), eventApi({ rooms })]);

    const area = await panel(t.coachHeading);
    expect(await within(area).findByRole('heading', { name: eventsNl.coach.roomHeading(1) })).toBeInTheDocument();
    expect(within(area).getByText('An de Vries')).toBeInTheDocument();
    expect(within(area).getByText('Jesse Bakker')).toBeInTheDocument();
    expect(within(area).getByRole('link', { name: eventsNl.coach.roomLinkLabel(1) })).toHaveAttribute('href', 'https://meet.example.nl/kamer-1');
  });

  it('says when an event does not exist', async () => {
    renderEvent([]);

    expect(await screen.findByRole('heading', { level: 1, name: eventsNl.event.notFoundHeading })).toBeInTheDocument();
  });
});
