import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WebhooksPage } from './WebhooksPage';
import { jsonResponse, renderWithProviders } from '../../test/renderWithProviders';
import { adminNl } from '../../i18n/nl';
import { adminMember, loggedInAs, path } from '../notifications/testFixtures';
import { delivery, pagedList, webhook } from './testFixtures';
import type { DeliveryPublic, WebhookPublic } from './types';

// The first render waits for the session to be restored; give a busy test run some slack.
configure({ asyncUtilTimeout: 5000 });

const t = adminNl.webhooks;
const SECRET = 'whsec_4f1c9a7e2b8d6053e1f0a9b8c7d6e5f4';
const URL_A = 'https://partner.example.org/hook';

function webhooksApi(initial: WebhookPublic[]) {
  const state = {
    hooks: [...initial],
    deliveries: [] as DeliveryPublic[],
    created: [] as unknown[],
    patches: [] as unknown[],
    pings: 0,
    deleted: [] as string[],
  };
  const routes = [
    pagedList('/api/v1/admin/webhooks', () => state.hooks),
    pagedList('/api/v1/admin/webhooks/w1/deliveries', () => state.deliveries),
    (request: Request) => {
      const p = path(request);
      if (request.method === 'POST' && p === '/api/v1/admin/webhooks') {
        return request.json().then((body: Record<string, unknown>) => {
          state.created.push(body);
          const made = webhook('w-new', { url: String(body.url), events: body.events as WebhookPublic['events'], description: '' });
          state.hooks = [made, ...state.hooks];
          return jsonResponse(201, { ...made, secret: SECRET });
        });
      }
      if (request.method === 'PATCH' && p === '/api/v1/admin/webhooks/w1') {
        return request.json().then((body: Partial<WebhookPublic>) => {
          state.patches.push(body);
          state.hooks = state.hooks.map((hook) => (hook.id === 'w1' ? { ...hook, ...body } : hook));
          return jsonResponse(200, state.hooks.find((hook) => hook.id === 'w1'));
        });
      }
      if (request.method === 'POST' && p === '/api/v1/admin/webhooks/w1/test') {
        state.pings += 1;
        const queued = delivery('d-ping');
        state.deliveries = [queued, ...state.deliveries];
        return jsonResponse(202, queued);
      }
      if (request.method === 'DELETE' && p === '/api/v1/admin/webhooks/w1') {
        state.deleted.push('w1');
        state.hooks = state.hooks.filter((hook) => hook.id !== 'w1');
        return new Response(null, { status: 204 });
      }
      return undefined;
    },
  ];
  return { state, routes };
}

function render(hooks: WebhookPublic[]) {
  const fake = webhooksApi(hooks);
  renderWithProviders(<WebhooksPage />, { path: '/beheer/webhooks', routes: [loggedInAs(adminMember), ...fake.routes] });
  return fake;
}

describe('WebhooksPage', () => {
  it('creates a webhook and shows its secret only once', async () => {
    const user = userEvent.setup();
    const fake = render([]);
    await screen.findByText(t.empty);

    await user.type(screen.getByLabelText(t.fields.url), 'https://example.org/hook');
    await user.click(screen.getByRole('checkbox', { name: 'Nieuwe aanmelding voor een groep' }));
    await user.click(screen.getByRole('checkbox', { name: 'Bijeenkomst gepland' }));
    await user.click(screen.getByRole('button', { name: t.submit }));

    const secret = await screen.findByRole('region', { name: t.createdHeading });
    expect(within(secret).getByText(t.createdWarning, { exact: false })).toBeInTheDocument();
    expect(within(secret).getByRole('textbox', { name: t.createdLabel })).toHaveValue(SECRET);
    expect(fake.state.created).toEqual([
      { url: 'https://example.org/hook', description: '', events: ['join_request.created', 'session.planned'], active: true },
    ]);
    const listed = await screen.findByRole('article', { name: 'https://example.org/hook' });
    expect(within(listed).getByText('Aan')).toBeInTheDocument();
    expect(within(listed).queryByText(SECRET)).not.toBeInTheDocument();

    await user.click(within(secret).getByRole('button', { name: t.createdDone }));
    expect(document.body).not.toHaveTextContent(SECRET);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: t.formHeading })).toHaveFocus());
  });

  it('refuses an address without https before sending it', async () => {
    const user = userEvent.setup();
    const fake = render([]);
    await screen.findByText(t.empty);

    await user.type(screen.getByLabelText(t.fields.url), 'http://example.org/hook');
    await user.click(screen.getByRole('button', { name: t.submit }));

    const summary = await screen.findByRole('region', { name: 'Er is een probleem' });
    expect(within(summary).getByRole('link', { name: t.validation.urlNotHttps })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: t.validation.eventsRequired })).toBeInTheDocument();
    expect(fake.state.created).toEqual([]);
  });

  it('switches a webhook off, sends a test ping and shows the delivery log', async () => {
    const user = userEvent.setup();
    const fake = render([webhook('w1')]);
    fake.state.deliveries = [
      delivery('d1', {
        event: 'join_request.created',
        status: 'failed',
        attempts: 6,
        response_status: 500,
        last_error: 'HTTP 500',
        next_attempt_at: null,
        created_at: '2026-11-20T09:00:00Z',
      }),
    ];

    const card = await screen.findByRole('article', { name: URL_A });
    await user.click(within(card).getByRole('button', { name: `${t.deactivate} (${URL_A})` }));
    expect(await screen.findByText(t.deactivated(URL_A))).toBeInTheDocument();
    expect(fake.state.patches).toEqual([{ active: false }]);
    expect(await within(card).findByText('Uit')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: `${t.activate} (${URL_A})` })).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: `${t.test} (${URL_A})` }));
    expect(await screen.findByText(t.testQueued(URL_A))).toBeInTheDocument();
    expect(fake.state.pings).toBe(1);
    expect(within(card).getByRole('button', { name: `${t.deliveriesHide} (${URL_A})` })).toHaveAttribute('aria-expanded', 'true');
    const table = await within(card).findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('Testbericht')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Wacht op verzending')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Mislukt')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('HTTP 500')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('500')).toBeInTheDocument();
    expect(within(rows[2]!).getByText(t.gaveUp)).toBeInTheDocument();
  });

  it('deletes a webhook after confirmation', async () => {
    const user = userEvent.setup();
    const fake = render([webhook('w1')]);

    await user.click(await screen.findByRole('button', { name: `${t.remove} (${URL_A})` }));
    const dialog = screen.getByRole('dialog', { name: t.removeTitle });
    await user.click(within(dialog).getByRole('button', { name: t.remove }));

    expect(await screen.findByText(t.removed(URL_A))).toBeInTheDocument();
    expect(fake.state.deleted).toEqual(['w1']);
    await waitFor(() => expect(screen.queryByRole('article', { name: URL_A })).not.toBeInTheDocument());
  });
});
