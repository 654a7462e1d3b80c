import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { EditEventPage, NewEventPage } from './EventFormPage';
import { jsonResponse, LocationProbe, renderWithProviders } from '../../test/renderWithProviders';
import { eventsNl, nl } from '../../i18n/nl';
import { adminEvent, adminMember, EVENT_ID, loggedInAs, on, path } from './testFixtures';

const f = eventsNl.form;

describe('event form pages', () => {
  it('creates an event and opens its admin page', async () => {
    const user = userEvent.setup();
    const posted: unknown[] = [];
    renderWithProviders(<></>, {
      path: '/beheer/themabijeenkomsten/nieuw',
      routes: [
        loggedInAs(adminMember),
        on('POST', '/api/v1/events', async (request) => {
          posted.push(await request.json());
          return jsonResponse(201, adminEvent);
        }),
      ],
      tree: (
        <Routes>
          <Route path="/beheer/themabijeenkomsten/nieuw" element={<NewEventPage />} />
          <Route path="*" element={<LocationProbe />} />
        </Routes>
      ),
    });

    await user.click(await screen.findByRole('button', { name: f.submitNew }));
    expect(screen.getByRole('region', { name: nl.errors.summaryTitle })).toHaveFocus();
    expect(screen.queryByRole('radio', { name: 'Geannuleerd' })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Thema/), 'Traumasensitief werken');
    await user.type(screen.getByLabelText(/^Titel/), 'Veilig hechten na trauma');
    await user.type(screen.getByLabelText(/^Deskundige/), 'Dr. Mirjam Hoekstra');
    await user.type(screen.getByLabelText(/^Datum/), '2030-12-10');
    await user.type(screen.getByLabelText(/^Begintijd/), '19:30');
    await user.type(screen.getByLabelText(/^Eindtijd/), '21:30');
    await user.click(screen.getByRole('radio', { name: 'Gepubliceerd' }));
    await user.click(screen.getByRole('button', { name: f.submitNew }));

    expect(await screen.findByTestId('location')).toHaveTextContent(`/beheer/themabijeenkomsten/${EVENT_ID}`);
    expect(posted).toEqual([
      expect.objectContaining({
        theme: 'Traumasensitief werken',
        starts_at: '2030-12-10T19:30:00+01:00',
        ends_at: '2030-12-10T21:30:00+01:00',
        capacity: 40,
        room_size_max: 8,
        status: 'published',
      }),
    ]);
  });

  it('shows the API’s explanation next to the form when saving is refused', async () => {
    const user = userEvent.setup();
    renderWithProviders(<></>, {
      path: `/beheer/themabijeenkomsten/${EVENT_ID}/bewerken`,
      routes: [
        loggedInAs(adminMember),
        (request) => {
          if (path(request) !== `/api/v1/events/${EVENT_ID}` || request.method !== 'PATCH') {
            return path(request) === `/api/v1/events/${EVENT_ID}/manage` ? jsonResponse(200, adminEvent) : undefined;
          }
          return jsonResponse(409, {
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            detail: 'Kamer 1 heeft al meer dan 4 deelnemers. Verplaats eerst deelnemers of wijs de kamers daarna opnieuw in.',
          });
        },
      ],
      tree: (
        <Routes>
          <Route path="/beheer/themabijeenkomsten/:id/bewerken" element={<EditEventPage />} />
          <Route path="*" element={<LocationProbe />} />
        </Routes>
      ),
    });

    const size = await screen.findByLabelText(/^Deelnemers per kamer/);
    await user.clear(size);
    await user.type(size, '4');
    await user.click(screen.getByRole('button', { name: f.submitEdit }));

    const summary = await screen.findByRole('region', { name: nl.errors.summaryTitle });
    expect(summary).toHaveTextContent('Kamer 1 heeft al meer dan 4 deelnemers.');
  });
});
