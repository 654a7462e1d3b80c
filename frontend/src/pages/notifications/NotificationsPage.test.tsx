import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { NotificationsPage } from './NotificationsPage';
import { LocationProbe, renderWithProviders } from '../../test/renderWithProviders';
import { notificationsNl } from '../../i18n/nl';
import { inboxApi, loggedInAs, notification } from './testFixtures';

// The first render waits for the session to be restored; give a busy test run some slack.
configure({ asyncUtilTimeout: 5000 });

const t = notificationsNl.list;

const tree = (
  <Routes>
    <Route path="/meldingen" element={<NotificationsPage />} />
    <Route path="*" element={<LocationProbe />} />
  </Routes>
);

const inbox = () =>
  inboxApi([
    notification('n1', { title: 'Nieuwe aanvraag voor Kring Leusden', created_at: '2026-11-24T09:15:00Z' }),
    notification('n2', {
      kind: 'session_planned',
      title: 'Nieuwe bijeenkomst van Kring Leusden',
      body: 'Kring Leusden komt bij elkaar op dinsdag 2 maart om 19:30.',
      link: '/bijeenkomsten/abc',
      created_at: '2026-11-20T09:15:00Z',
      read_at: '2026-11-21T08:00:00Z',
    }),
    notification('n3', {
      kind: 'join_request_answered',
      title: 'Welkom bij Kring Zeist!',
      body: 'Je aanvraag is goedgekeurd.',
      link: null,
      created_at: '2026-11-18T09:15:00Z',
    }),
  ]);

describe('NotificationsPage', () => {
  it('lists notifications as the API orders them (newest first), unread ones marked', async () => {
    renderWithProviders(<></>, { path: '/meldingen', tree, routes: [loggedInAs(), inbox().route] });

    const list = await screen.findByRole('list', { name: t.listLabel });
    const headings = within(list).getAllByRole('heading', { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      'Ongelezen: Nieuwe aanvraag voor Kring Leusden',
      'Nieuwe bijeenkomst van Kring Leusden',
      'Ongelezen: Welkom bij Kring Zeist!',
    ]);
    expect(screen.getByText(t.summary(2, 3))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ongelezen: Nieuwe aanvraag voor Kring Leusden' })).toHaveAttribute(
      'href',
      '/groepen/kring-leusden/aanmeldingen',
    );
    expect(screen.getByRole('link', { name: 'Nieuwe bijeenkomst van Kring Leusden' })).toBeInTheDocument();
    // Without a link there is nothing to open, but it can be marked read.
    expect(screen.getByRole('button', { name: `${t.markOne} (Welkom bij Kring Zeist!)` })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: t.preferencesLink })).toHaveAttribute('href', '/mijn-profiel/meldingen');
  });

  it('marks a notification read when it is opened, and goes to its link', async () => {
    const user = userEvent.setup();
    const fake = inbox();
    renderWithProviders(<></>, { path: '/meldingen', tree, routes: [loggedInAs(), fake.route] });

    await user.click(await screen.findByRole('link', { name: 'Ongelezen: Nieuwe aanvraag voor Kring Leusden' }));

    expect(await screen.findByTestId('location')).toHaveTextContent('/groepen/kring-leusden/aanmeldingen');
    await waitFor(() => expect(fake.state.reads).toEqual(['n1']));
  });

  it('opening a notification that was read already sends nothing', async () => {
    const user = userEvent.setup();
    const fake = inbox();
    renderWithProviders(<></>, { path: '/meldingen', tree, routes: [loggedInAs(), fake.route] });

    await user.click(await screen.findByRole('link', { name: 'Nieuwe bijeenkomst van Kring Leusden' }));

    expect(await screen.findByTestId('location')).toHaveTextContent('/bijeenkomsten/abc');
    expect(fake.state.reads).toEqual([]);
  });

  it('marks one without a link read with its button', async () => {
    const user = userEvent.setup();
    const fake = inbox();
    renderWithProviders(<></>, { path: '/meldingen', tree, routes: [loggedInAs(), fake.route] });

    await user.click(await screen.findByRole('button', { name: `${t.markOne} (Welkom bij Kring Zeist!)` }));

    expect(await screen.findByText(t.markedOne)).toBeInTheDocument();
    expect(fake.state.reads).toEqual(['n3']);
    expect(screen.getByRole('heading', { level: 2, name: 'Welkom bij Kring Zeist!' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: new RegExp(t.markOne) })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(t.summary(1, 3))).toBeInTheDocument());
  });

  it('"Alles gelezen" marks everything read and says how many', async () => {
    const user = userEvent.setup();
    const fake = inbox();
    renderWithProviders(<></>, { path: '/meldingen', tree, routes: [loggedInAs(), fake.route] });

    await user.click(await screen.findByRole('button', { name: t.markAll }));

    expect(await screen.findByText(t.markedAll(2))).toBeInTheDocument();
    expect(fake.state.readAll).toBe(1);
    expect(screen.queryByText(/^Ongelezen/)).not.toBeInTheDocument();
    expect(screen.getByText(t.summary(0, 3))).toBeInTheDocument();
    // Nothing left to mark: the button is gone and focus is on the page heading.
    expect(screen.queryByRole('button', { name: t.markAll })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: t.heading })).toHaveFocus());
  });

  it('explains an empty inbox', async () => {
    renderWithProviders(<></>, { path: '/meldingen', tree, routes: [loggedInAs(), inboxApi([]).route] });

    expect(await screen.findByText(t.empty)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: t.markAll })).not.toBeInTheDocument();
  });

  it('loads more notifications and moves focus to the first new one', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 25 }, (_, index) =>
      notification(`n${index}`, { title: `Melding ${index + 1}`, read_at: '2026-11-24T10:00:00Z' }),
    );
    renderWithProviders(<></>, { path: '/meldingen', tree, routes: [loggedInAs(), inboxApi(many).route] });

    expect(await screen.findByText(t.shown(20, 25))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t.more }));

    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Melding 21' })).toHaveFocus());
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(25);
    expect(screen.queryByRole('button', { name: t.more })).not.toBeInTheDocument();
  });
});
