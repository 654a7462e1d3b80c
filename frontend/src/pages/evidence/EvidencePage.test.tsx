import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderWithProviders } from '../../test/renderWithProviders';
import { sessionsNl } from '../../i18n/nl';
import { loggedIn, path } from '../groups/testFixtures';
import { EvidencePage } from './EvidencePage';
import type { EvidenceOverview } from './types';

const e = sessionsNl.evidence;
const f = sessionsNl.feed;

const overview: EvidenceOverview = {
  member_name: 'An de Vries',
  registration_body: 'skj',
  registration_number: '100200300',
  norm_meetings: 20,
  window_years: 5,
  window_start: '2021-12-01',
  window_end: '2026-12-01',
  confirmed_count: 2,
  total_minutes: 210,
  total_hours: 3.5,
  progress_percent: 10,
  norm_met: false,
  remaining_meetings: 18,
  activities: [
    {
      source: 'session',
      source_id: 's1',
      title: 'Intervisiegroep Amersfoort',
      starts_at: '2026-09-01T17:30:00Z',
      ends_at: '2026-09-01T19:30:00Z',
      minutes: 120,
      method: 'Incidentmethode',
      facilitator: 'Peter Jansen',
      confirmed_at: '2026-09-01T20:00:00Z',
    },
    {
      source: 'event',
      source_id: 'e1',
      title: 'Trauma-sensitief werken',
      starts_at: '2026-10-27T18:30:00Z',
      ends_at: '2026-10-27T20:00:00Z',
      minutes: 90,
      method: null,
      facilitator: null,
      confirmed_at: '2026-10-27T20:15:00Z',
    },
  ],
  awaiting_confirmation: [{ session_id: 's2', group_name: 'Intervisiegroep Amersfoort', starts_at: '2026-11-24T18:30:00Z' }],
};

describe('EvidencePage', () => {
  it('shows progress against the norm, what still needs confirming and the activities, newest first', async () => {
    renderWithProviders(<EvidencePage />, {
      routes: [
        loggedIn,
        (request) => (path(request) === '/api/v1/me/evidence' ? jsonResponse(200, overview) : undefined),
        (request) =>
          path(request) === '/api/v1/me/calendar-feed' ? jsonResponse(200, { active: false, created_at: null }) : undefined,
      ],
    });

    const bar = await screen.findByRole('progressbar', { name: e.progressHeading });
    expect(bar).toHaveAttribute('aria-valuetext', '2 van 20 bijeenkomsten');
    expect(screen.getByText('3,5 uur')).toBeInTheDocument();
    expect(screen.getByText('SKJ 100200300')).toBeInTheDocument();
    expect(screen.getByText(/Periode: 1 december 2021 tot en met 1 december 2026\./)).toBeInTheDocument();

    const pending = screen.getByRole('region', { name: e.pendingHeading });
    expect(within(pending).getByRole('link', { name: /^Aftekenen/ })).toHaveAttribute('href', '/bijeenkomsten/s2');

    const activities = within(screen.getByRole('list', { name: e.activitiesLabel })).getAllByRole('listitem');
    expect(activities[0]).toHaveTextContent('Trauma-sensitief werken');
    expect(activities[0]).toHaveTextContent(e.sourceEvent);
    expect(within(activities[1] as HTMLElement).getByRole('link', { name: 'Intervisiegroep Amersfoort' })).toHaveAttribute(
      'href',
      '/bijeenkomsten/s1',
    );
    expect(screen.getByRole('button', { name: e.pdf })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: e.csv })).toBeInTheDocument();
  });

  it('makes a calendar link and shows it once', async () => {
    const user = userEvent.setup();
    let active = false;
    renderWithProviders(<EvidencePage />, {
      routes: [
        loggedIn,
        (request) => (path(request) === '/api/v1/me/evidence' ? jsonResponse(200, overview) : undefined),
        (request) => {
          if (path(request) !== '/api/v1/me/calendar-feed') return undefined;
          if (request.method === 'POST') {
            active = true;
            return jsonResponse(201, {
              url: 'https://intervisiewijzer.nl/api/v1/calendar/geheim.ics',
              webcal_url: 'webcal://intervisiewijzer.nl/api/v1/calendar/geheim.ics',
              created_at: '2026-12-01T10:00:00Z',
            });
          }
          return jsonResponse(200, { active, created_at: active ? '2026-12-01T10:00:00Z' : null });
        },
      ],
    });

    const feed = await screen.findByRole('region', { name: f.heading });
    expect(await within(feed).findByText(f.inactive)).toBeInTheDocument();
    await user.click(within(feed).getByRole('button', { name: f.create }));
    const link = await within(feed).findByLabelText(f.urlLabel);
    expect(link).toHaveValue('https://intervisiewijzer.nl/api/v1/calendar/geheim.ics');
    expect(link).toHaveAttribute('readonly');
    expect(within(feed).getByRole('link', { name: f.openInApp })).toHaveAttribute(
      'href',
      'webcal://intervisiewijzer.nl/api/v1/calendar/geheim.ics',
    );
    expect(await within(feed).findByText(f.active('1 december 2026 om 11:00'))).toBeInTheDocument();
    expect(within(feed).getByRole('button', { name: f.rotate })).toBeInTheDocument();
    expect(within(feed).getByRole('button', { name: f.revoke })).toBeInTheDocument();
  });
});
