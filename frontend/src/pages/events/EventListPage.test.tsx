import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EventListPage } from './EventListPage';
import { jsonResponse, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { eventsNl } from '../../i18n/nl';
import { adminMember, exampleEvent, fullEvent, loggedInAs, myRegistration, path } from './testFixtures';
import type { EventPublic } from './types';

const t = eventsNl.list;

function listApi(events: EventPublic[], pageSize = 12): FakeRoute {
  return (request) => {
    const url = new URL(request.url);
    if (url.pathname !== '/api/v1/events') return undefined;
    const offset = Number(url.searchParams.get('offset') ?? 0);
    return jsonResponse(200, { items: events.slice(offset, offset + pageSize), total: events.length, limit: pageSize, offset });
  };
}

describe('EventListPage', () => {
  it('lists upcoming events with theme, expert, Dutch time and places', async () => {
    renderWithProviders(<EventListPage />, { routes: [listApi([exampleEvent, { ...fullEvent, id: 'e2', title: 'GGZ in het gezinshuis' }])] });

    const list = await screen.findByRole('list', { name: t.upcomingHeading });
    const cards = within(list).getAllByRole('article');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).getByRole('link', { name: exampleEvent.title })).toHaveAttribute('href', `/themabijeenkomsten/${exampleEvent.id}`);
    expect(within(cards[0]!).getByText('Traumasensitief werken')).toBeInTheDocument();
    expect(within(cards[0]!).getByText('dinsdag 10 december 2030, 19:30–21:30 uur')).toBeInTheDocument();
    expect(within(cards[0]!).getByText('12 plekken vrij')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Vol · 3 op de wachtlijst')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 bijeenkomsten');
    expect(screen.queryByRole('link', { name: t.manage })).not.toBeInTheDocument();
  });

  it('says so when nothing is planned', async () => {
    renderWithProviders(<EventListPage />, { routes: [listApi([])] });

    expect(await screen.findByText(t.empty)).toBeInTheDocument();
  });

  it('marks the events a member takes part in and links admins to the admin pages', async () => {
    renderWithProviders(<EventListPage />, {
      routes: [
        loggedInAs(adminMember),
        listApi([exampleEvent]),
        (request) =>
          path(request) === '/api/v1/me/events'
            ? jsonResponse(200, {
                items: [{ event: exampleEvent, role: 'participant', registration: myRegistration({ status: 'waitlisted' }), coached_rooms: [] }],
                total: 1,
                limit: 100,
                offset: 0,
              })
            : undefined,
      ],
    });

    expect(await screen.findByText(t.mine.waitlisted)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: t.manage })).toHaveAttribute('href', '/beheer/themabijeenkomsten');
  });

  it('loads more events and moves focus to the first new one', async () => {
    const user = userEvent.setup();
    const events = Array.from({ length: 14 }, (_, i) => ({ ...exampleEvent, id: `e${i}`, title: `Bijeenkomst ${i + 1}` }));
    renderWithProviders(<EventListPage />, { routes: [listApi(events)] });

    await user.click(await screen.findByRole('button', { name: t.more }));

    expect(await screen.findByRole('link', { name: 'Bijeenkomst 13' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('14 bijeenkomsten');
    expect(screen.queryByRole('button', { name: t.more })).not.toBeInTheDocument();
  });
});
