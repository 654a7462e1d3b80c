import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NotificationPreferencesPage, orderPreferences } from './NotificationPreferencesPage';
import { jsonResponse, renderWithProviders } from '../../test/renderWithProviders';
import { NOTIFICATION_KINDS, notificationKindLabels, notificationsNl } from '../../i18n/nl';
import { defaultPreferences, loggedInAs, path } from './testFixtures';
import type { KindPreference } from './types';

// The first render waits for the session to be restored; give a busy test run some slack.
configure({ asyncUtilTimeout: 5000 });

const t = notificationsNl.preferences;

function preferencesApi(initial: KindPreference[]) {
  const state = { items: initial, puts: [] as unknown[] };
  return {
    state,
    route: (request: Request) => {
      if (path(request) !== '/api/v1/me/notification-preferences') return undefined;
      if (request.method === 'GET') return jsonResponse(200, { items: state.items });
      if (request.method === 'PUT') {
        return request.json().then((body: { items: KindPreference[] }) => {
          state.puts.push(body);
          state.items = body.items;
          return jsonResponse(200, { items: state.items });
        });
      }
      return undefined;
    },
  };
}

describe('orderPreferences', () => {
  it('follows the order of the page and fills in kinds the server left out', () => {
    const ordered = orderPreferences([{ kind: 'evaluation_waiting', in_app: false, email: true }]);
    expect(ordered.map((item) => item.kind)).toEqual([...NOTIFICATION_KINDS]);
    expect(ordered.find((item) => item.kind === 'evaluation_waiting')).toEqual({
      kind: 'evaluation_waiting',
      in_app: false,
      email: true,
    });
    expect(ordered[0]).toEqual({ kind: 'join_request_received', in_app: true, email: true });
  });
});

describe('NotificationPreferencesPage', () => {
  it('shows both channels per kind with Dutch labels and saves a change', async () => {
    const user = userEvent.setup();
    const fake = preferencesApi(defaultPreferences());
    renderWithProviders(<NotificationPreferencesPage />, {
      path: '/mijn-profiel/meldingen',
      routes: [loggedInAs(), fake.route],
    });

    const groups = await screen.findAllByRole('group');
    expect(groups.map((group) => group.querySelector('legend')?.textContent)).toEqual(
      NOTIFICATION_KINDS.map((kind) => notificationKindLabels[kind]),
    );
    const reminder = screen.getByRole('group', { name: 'Herinnering twee dagen vooraf' });
    expect(within(reminder).getByRole('checkbox', { name: t.inApp })).toBeChecked();
    const email = within(reminder).getByRole('checkbox', { name: t.email });
    expect(email).toBeChecked();

    await user.click(email);
    await user.click(screen.getByRole('button', { name: t.submit }));

    expect(await screen.findByText(t.saved)).toBeInTheDocument();
    expect(fake.state.puts).toHaveLength(1);
    const sent = (fake.state.puts[0] as { items: KindPreference[] }).items;
    expect(sent).toHaveLength(NOTIFICATION_KINDS.length);
    expect(sent.find((item) => item.kind === 'session_reminder')).toEqual({
      kind: 'session_reminder',
      in_app: true,
      email: false,
    });
    expect(sent.filter((item) => item.kind !== 'session_reminder').every((item) => item.in_app && item.email)).toBe(true);
    expect(within(screen.getByRole('group', { name: 'Herinnering twee dagen vooraf' })).getByRole('checkbox', { name: t.email })).not.toBeChecked();
  });

  it('warns when both channels of a kind are off', async () => {
    const user = userEvent.setup();
    const fake = preferencesApi(defaultPreferences());
    renderWithProviders(<NotificationPreferencesPage />, { path: '/mijn-profiel/meldingen', routes: [loggedInAs(), fake.route] });

    const planned = await screen.findByRole('group', { name: 'Nieuwe bijeenkomst gepland' });
    await user.click(within(planned).getByRole('checkbox', { name: t.inApp }));
    expect(within(planned).queryByText(t.bothOff)).not.toBeInTheDocument();
    await user.click(within(planned).getByRole('checkbox', { name: t.email }));
    expect(within(planned).getByText(t.bothOff)).toBeInTheDocument();
  });

  it('shows what the server says when saving fails', async () => {
    const user = userEvent.setup();
    const failing = (request: Request) =>
      request.method === 'PUT' && path(request) === '/api/v1/me/notification-preferences'
        ? jsonResponse(422, {
            type: 'about:blank',
            title: 'Ongeldige invoer',
            status: 422,
            errors: [{ field: 'items', loc: ['body', 'items'], message: 'noem elk soort melding maar één keer', type: 'value_error' }],
          })
        : undefined;
    renderWithProviders(<NotificationPreferencesPage />, {
      path: '/mijn-profiel/meldingen',
      routes: [loggedInAs(), failing, preferencesApi(defaultPreferences()).route],
    });

    await user.click(await screen.findByRole('button', { name: t.submit }));

    const summary = await screen.findByRole('region', { name: 'Er is een probleem' });
    expect(within(summary).getByText('noem elk soort melding maar één keer')).toBeInTheDocument();
    await waitFor(() => expect(summary).toHaveFocus());
  });
});
