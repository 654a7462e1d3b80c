import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { jsonResponse, LocationProbe, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { sessionsNl } from '../../i18n/nl';
import { exampleGroup, groupApi, loggedIn, path } from '../groups/testFixtures';
import type { GroupRole } from '../groups/types';
import { GroupSessionsPage } from './GroupSessionsPage';
import { exampleSession } from './testFixtures';

const t = sessionsNl.group;

function sessionsApi(requests: string[] = []): FakeRoute {
  return (request) => {
    if (path(request) !== `/api/v1/groups/${exampleGroup.id}/sessions`) return undefined;
    const when = new URL(request.url).searchParams.get('when') ?? '';
    requests.push(when);
    const items =
      when === 'past'
        ? [exampleSession({ id: 'past-1', starts_at: '2026-10-06T17:30:00Z', ends_at: '2026-10-06T19:30:00Z', status: 'held' })]
        : [exampleSession({ starts_at: '2099-12-01T18:30:00Z', ends_at: '2099-12-01T20:30:00Z' })];
    return jsonResponse(200, { items, total: items.length, limit: 20, offset: 0 });
  };
}

function renderPage(role: GroupRole | null, requests: string[] = []) {
  const myGroups = role ? [{ group: exampleGroup, role, joined_at: '2025-01-01T10:00:00Z' }] : [];
  return renderWithProviders(<></>, {
    path: `/groepen/${exampleGroup.slug}/bijeenkomsten`,
    routes: [loggedIn, sessionsApi(requests), groupApi({ myGroups })],
    tree: (
      <Routes>
        <Route path="/groepen/:ref/bijeenkomsten" element={<GroupSessionsPage />} />
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    ),
  });
}

describe('GroupSessionsPage', () => {
  it('shows members the upcoming sessions with answer buttons, and the past ones on the other tab', async () => {
    const user = userEvent.setup();
    const requests: string[] = [];
    renderPage('member', requests);

    const upcoming = await screen.findByRole('tab', { name: t.upcoming });
    expect(upcoming).toHaveAttribute('aria-selected', 'true');
    const list = await screen.findByRole('list', { name: t.listLabel(t.upcoming) });
    const card = within(list).getByRole('article', { name: 'dinsdag 1 december 2099' });
    expect(within(card).getByRole('button', { name: /^Ik kom \(/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: t.planOne })).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: t.past }));
    const past = await screen.findByRole('list', { name: t.listLabel(t.past) });
    const held = within(past).getByRole('article', { name: 'dinsdag 6 oktober 2026' });
    expect(within(held).getByText(sessionsNl.card.held)).toBeInTheDocument();
    expect(within(held).queryByRole('button')).not.toBeInTheDocument();
    expect(requests).toEqual(['upcoming', 'past']);
  });

  it('gives coordinators the planning forms and the edit and cancel buttons', async () => {
    const user = userEvent.setup();
    renderPage('coordinator');
    const plan = await screen.findByRole('button', { name: t.planOne });
    expect(plan).toHaveAttribute('aria-expanded', 'false');
    await user.click(plan);
    expect(plan).toHaveAttribute('aria-expanded', 'true');
    // The first guess is the group's next meeting day (a Tuesday for this group).
    const date = (screen.getByLabelText(sessionsNl.form.date) as HTMLInputElement).value;
    expect(new Date(`${date}T12:00:00Z`).getUTCDay()).toBe(2);
    const list = await screen.findByRole('list', { name: t.listLabel(t.upcoming) });
    expect(within(list).getByRole('link', { name: /^Wijzigen/ })).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: /^Afzeggen/ })).toBeInTheDocument();
  });

  it('tells others that the sessions are for members only', async () => {
    const requests: string[] = [];
    renderPage(null, requests);
    expect(await screen.findByText(t.notMember)).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    expect(requests).toEqual([]);
  });
});
