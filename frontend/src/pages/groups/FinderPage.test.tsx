import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { FinderPage } from './FinderPage';
import { jsonResponse, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { groupsNl } from '../../i18n/nl';
import { exampleGroup, path } from './testFixtures';

const t = groupsNl.finder;

function Search() {
  const location = useLocation();
  return <p data-testid="search">{location.search}</p>;
}

function renderFinder(search: string, routes: FakeRoute[]) {
  return renderWithProviders(<></>, {
    path: '/groepen',
    routes,
    tree: (
      <Routes>
        <Route
          path="/groepen"
          element={
            <>
              <FinderPage />
              <Search />
            </>
          }
        />
      </Routes>
    ),
    search,
  });
}

const hengelo = {
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

const groupsRoute: FakeRoute = (request) => {
  if (path(request) !== '/api/v1/groups') return undefined;
  const near = new URL(request.url).searchParams.get('near');
  if (near === 'Hengelo') return jsonResponse(422, hengelo);
  if (near === 'Nergenshuizen') {
    return jsonResponse(200, { items: [], total: 0, limit: 20, offset: 0, near: { label: 'Nergenshuizen', place: 'Nergenshuizen', province: 'drenthe', lat: 52.9, lon: 6.5 } });
  }
  return jsonResponse(200, {
    items: [{ ...exampleGroup, name: `Groep bij ${near}`, distance_km: 4.2 }],
    total: 23,
    limit: 20,
    offset: 0,
    near: near ? { label: near, place: near, province: 'gelderland', lat: 52.1, lon: 6.3 } : null,
  });
};

describe('FinderPage', () => {
  it('offers the places an ambiguous name can mean, and searches again with the chosen one', async () => {
    const user = userEvent.setup();
    const { requests } = renderFinder('?plaats=Hengelo', [groupsRoute]);

    const status = await screen.findByText(hengelo.detail);
    expect(status).toHaveAttribute('role', 'status');
    const overijssel = screen.getByRole('button', { name: 'Hengelo (Overijssel)' });
    expect(overijssel).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hengelo (Gelderland)' }));

    expect(await screen.findByRole('link', { name: 'Groep bij Hengelo (Gelderland)' })).toBeInTheDocument();
    expect(screen.getByText('23 groepen gevonden binnen 25 km van Hengelo (Gelderland)')).toHaveAttribute('role', 'status');
    expect(screen.getByTestId('search')).toHaveTextContent('?plaats=Hengelo+%28Gelderland%29');
    expect(screen.getByLabelText(t.near)).toHaveValue('Hengelo (Gelderland)');
    const last = requests.filter((request) => path(request) === '/api/v1/groups').at(-1);
    expect(new URL(last?.url ?? '').searchParams.get('near')).toBe('Hengelo (Gelderland)');
  });

  it('shows cards with distance and spots, and puts a new search in the URL', async () => {
    const user = userEvent.setup();
    renderFinder('', [groupsRoute]);

    const list = await screen.findByRole('list', { name: t.listHeading });
    const card = within(list).getByRole('article');
    expect(within(card).getByText('2 plekken vrij')).toBeInTheDocument();

    await user.type(screen.getByLabelText(t.near), '3511');
    await user.selectOptions(screen.getByLabelText(t.radius), '50');
    await user.click(screen.getByLabelText(t.hasVacancy));
    await user.click(screen.getByRole('button', { name: t.submit }));

    await waitFor(() => expect(screen.getByTestId('search')).toHaveTextContent('?plaats=3511&straal=50&plek=1'));
    expect(await screen.findByText('4,2 km')).toBeInTheDocument();
    expect(screen.getByText('23 groepen gevonden binnen 50 km van 3511')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: t.pagination })).toHaveTextContent(t.range(1, 1, 23));
  });

  it('suggests a wider radius and online groups when nothing is found', async () => {
    const user = userEvent.setup();
    renderFinder('?plaats=Nergenshuizen&straal=10', [groupsRoute]);

    expect(await screen.findByText('Geen groepen gevonden binnen 10 km van Nergenshuizen')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: t.addOnline })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t.widenRadius(25) }));
    await waitFor(() => expect(screen.getByTestId('search')).toHaveTextContent('?plaats=Nergenshuizen'));
  });
});
