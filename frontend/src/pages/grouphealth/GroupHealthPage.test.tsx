import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { jsonResponse, LocationProbe, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { groupHealthNl, healthStatusIcons, healthStatusLabels } from '../../i18n/nl';
import { exampleGroup, groupApi, loggedIn, path } from '../groups/testFixtures';
import { GroupHealthPage } from './GroupHealthPage';
import { criterion, exampleHealth } from './testFixtures';
import type { GroupHealth } from './types';

const t = groupHealthNl;

function renderHealth(health: GroupHealth | null, status = 200) {
  const route: FakeRoute = (request) =>
    path(request) === `/api/v1/groups/${exampleGroup.slug}/health`
      ? jsonResponse(status, health ?? { type: 'about:blank', title: 'Geen toegang', status, detail: 'Alleen voor leden van de groep.' })
      : undefined;
  return renderWithProviders(<></>, {
    path: `/groepen/${exampleGroup.slug}/groepscheck`,
    routes: [loggedIn, route, groupApi({ myGroups: [{ group: exampleGroup, role: 'member', joined_at: '2026-01-01T09:00:00Z' }] })],
    tree: (
      <Routes>
        <Route path="/groepen/:ref/groepscheck" element={<GroupHealthPage />} />
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    ),
  });
}

describe('GroupHealthPage', () => {
  it('shows each criterion with its status in words, what was measured, the target and a tip', async () => {
    renderHealth(exampleHealth);

    expect(await screen.findByRole('heading', { level: 1, name: t.page.heading })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: t.page.backToGroup(exampleGroup.name) })).toHaveAttribute(
      'href',
      `/groepen/${exampleGroup.slug}`,
    );
    const summary = screen.getByRole('region', { name: t.summary.heading });
    expect(within(summary).getByText(t.summary.count('attention', 1))).toBeInTheDocument();
    expect(within(summary).getByText(t.summary.count('unknown', 1))).toBeInTheDocument();
    expect(within(summary).getByText(t.summary.count('ok', 1))).toBeInTheDocument();
    expect(within(summary).getByText(t.page.period('25 november 2025', '25 november 2026'))).toBeInTheDocument();

    const list = screen.getByRole('region', { name: t.list.heading });
    expect(within(list).getAllByRole('article')).toHaveLength(3);

    const frequency = screen.getByRole('article', { name: 'Ongeveer zes bijeenkomsten per jaar' });
    expect(within(frequency).getByText(healthStatusLabels.attention).closest('p')).toHaveTextContent(
      `${t.list.statusLabel}: ${healthStatusIcons.attention}${healthStatusLabels.attention}`,
    );
    expect(within(frequency).getByText('2 bijeenkomsten in 12 maanden')).toBeInTheDocument();
    expect(within(frequency).getByText('4 tot 10 per jaar, het liefst rond de 6')).toBeInTheDocument();
    expect(within(frequency).getByText(t.list.tip)).toBeInTheDocument();
    expect(within(frequency).getByText('Plan een reeks, bijvoorbeeld elke acht weken.')).toBeInTheDocument();
    expect(within(frequency).getByRole('link', { name: t.actions.sessions })).toHaveAttribute(
      'href',
      `/groepen/${exampleGroup.slug}/bijeenkomsten`,
    );

    const attendance = screen.getByRole('article', { name: 'Iedereen aanwezig' });
    expect(within(attendance).getByText(healthStatusLabels.unknown)).toBeInTheDocument();
    expect(within(attendance).getByText(t.list.noValue)).toBeInTheDocument();

    const size = screen.getByRole('article', { name: 'Vaste groep van 5 tot 8 leden' });
    expect(within(size).getByText(healthStatusLabels.ok)).toBeInTheDocument();
    expect(within(size).getByText(t.list.keepGoing)).toBeInTheDocument();
    expect(within(size).queryByRole('link')).not.toBeInTheDocument();
  });

  it('says so when everything is in order', async () => {
    renderHealth({ ...exampleHealth, criteria: [criterion()], ok_count: 1, attention_count: 0, unknown_count: 0 });
    expect(await screen.findByText(t.summary.allGood)).toBeInTheDocument();
  });

  it('explains why the check cannot be shown', async () => {
    renderHealth(null, 403);
    expect(await screen.findByRole('heading', { level: 1, name: t.page.loadFailed })).toBeInTheDocument();
    expect(screen.getByText('Alleen voor leden van de groep.')).toBeInTheDocument();
  });
});
