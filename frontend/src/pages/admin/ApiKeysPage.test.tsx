import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiKeysPage } from './ApiKeysPage';
import { jsonResponse, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { adminNl } from '../../i18n/nl';
import { adminMember, loggedInAs, path } from '../notifications/testFixtures';
import { apiKey, pagedList } from './testFixtures';
import type { ApiKeyPublic, ApiKeyUsePublic } from './types';

// The first render waits for the session to be restored; give a busy test run some slack.
configure({ asyncUtilTimeout: 5000 });

const t = adminNl.keys;
const FULL_KEY = 'iwk_9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc';

function keysApi(initial: ApiKeyPublic[]) {
  const state = { keys: [...initial], created: [] as unknown[], revoked: [] as string[] };
  const routes = [
    pagedList('/api/v1/admin/api-keys', () => state.keys),
    (request: Request) => {
      if (request.method === 'POST' && path(request) === '/api/v1/admin/api-keys') {
        return request.json().then((body: Record<string, unknown>) => {
          state.created.push(body);
          const issued = apiKey('k-new', {
            name: String(body.name),
            prefix: 'iwk_9f8e',
            allowed_origins: body.allowed_origins as string[],
            last_used_at: null,
            created_at: '2026-11-25T10:00:00Z',
          });
          state.keys = [issued, ...state.keys];
          return jsonResponse(201, { ...issued, key: FULL_KEY });
        });
      }
      const revoke = /^\/api\/v1\/admin\/api-keys\/([^/]+)$/.exec(path(request));
      if (request.method === 'DELETE' && revoke) {
        const id = revoke[1] ?? '';
        state.revoked.push(id);
        state.keys = state.keys.map((key) =>
          key.id === id ? { ...key, status: 'revoked', revoked_at: '2026-11-25T11:00:00Z' } : key,
        );
        return new Response(null, { status: 204 });
      }
      return undefined;
    },
  ];
  return { state, routes };
}

function render(keys: ApiKeyPublic[], extra: FakeRoute[] = []) {
  const fake = keysApi(keys);
  renderWithProviders(<ApiKeysPage />, { path: '/beheer/api-sleutels', routes: [loggedInAs(adminMember), ...extra, ...fake.routes] });
  return fake;
}

describe('ApiKeysPage', () => {
  it('lists the keys with what they may do, where and how often', async () => {
    render([
      apiKey('k1'),
      apiKey('k2', {
        name: 'Zorggroep Oost',
        kind: 'organisation',
        prefix: 'iwk_cd34',
        organisation_id: '0b7c2f3e-1a2b-4c5d-8e9f-0123456789ab',
        scopes: ['finder:read', 'organisation:groups'],
        allowed_origins: [],
        rate_limit_per_minute: 600,
        status: 'revoked',
        revoked_at: '2026-11-20T12:00:00Z',
        last_used_at: null,
      }),
    ]);

    const partner = await screen.findByRole('article', { name: 'Website Gezinshuis Noord' });
    expect(within(partner).getByText('Actief')).toBeInTheDocument();
    expect(within(partner).getByText('Partnersite')).toBeInTheDocument();
    expect(within(partner).getByText('iwk_ab12…')).toBeInTheDocument();
    expect(within(partner).getByText('Groepen zoeken en bekijken')).toBeInTheDocument();
    expect(within(partner).getByText('https://www.gezinshuisnoord.nl')).toBeInTheDocument();
    expect(within(partner).getByText('120 verzoeken per minuut')).toBeInTheDocument();
    expect(within(partner).getByText('24 november 2026 om 10:00')).toBeInTheDocument();
    expect(within(partner).getByRole('button', { name: `${t.revoke} (Website Gezinshuis Noord)` })).toBeInTheDocument();

    const organisation = screen.getByRole('article', { name: 'Zorggroep Oost' });
    expect(within(organisation).getByText('Ingetrokken')).toBeInTheDocument();
    expect(within(organisation).getByText(t.facts.noOrigins)).toBeInTheDocument();
    expect(within(organisation).getByText(t.facts.neverUsed)).toBeInTheDocument();
    expect(within(organisation).getByText('Groepen en lidmaatschappen van de organisatie beheren')).toBeInTheDocument();
    expect(within(organisation).queryByRole('button', { name: /Intrekken/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: `${t.listHeading} ${t.count(2)}` })).toBeInTheDocument();
  });

  it('shows a new key once, with a warning and a copy button', async () => {
    const user = userEvent.setup();
    const fake = render([apiKey('k1')]);
    await screen.findByRole('article', { name: 'Website Gezinshuis Noord' });

    await user.type(screen.getByLabelText(t.fields.name), 'Gezinshuis.com');
    await user.type(screen.getByLabelText(t.fields.origins, { exact: false }), 'https://www.gezinshuis.com');
    await user.click(screen.getByRole('button', { name: t.submit }));

    const secret = await screen.findByRole('region', { name: t.issuedHeading('Gezinshuis.com') });
    await waitFor(() => expect(within(secret).getByRole('heading', { name: t.issuedHeading('Gezinshuis.com') })).toHaveFocus());
    expect(within(secret).getByText(t.issuedWarning, { exact: false })).toBeInTheDocument();
    const field = within(secret).getByRole('textbox', { name: t.issuedLabel });
    expect(field).toHaveValue(FULL_KEY);
    expect(field).toHaveAttribute('readonly');
    expect(fake.state.created).toEqual([
      {
        name: 'Gezinshuis.com',
        kind: 'partner',
        organisation_id: null,
        scopes: ['finder:read'],
        allowed_origins: ['https://www.gezinshuis.com'],
        rate_limit_per_minute: 120,
        expires_at: null,
      },
    ]);

    await user.click(within(secret).getByRole('button', { name: `${adminNl.common.copy} (${t.issuedLabel})` }));
    expect(await within(secret).findByText(adminNl.secret.copied)).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(FULL_KEY);

    // The list shows the new key by its prefix only.
    const listed = await screen.findByRole('article', { name: 'Gezinshuis.com' });
    expect(within(listed).getByText('iwk_9f8e…')).toBeInTheDocument();
    expect(within(listed).queryByText(FULL_KEY)).not.toBeInTheDocument();

    await user.click(within(secret).getByRole('button', { name: t.issuedDone }));
    expect(screen.queryByRole('region', { name: t.issuedHeading('Gezinshuis.com') })).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(FULL_KEY)).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(FULL_KEY);
    expect(screen.getByText(t.issuedGone)).toBeInTheDocument();
    expect(screen.getByLabelText(t.fields.name)).toHaveValue('');
  });

  it('lists a key that was made while the list was still loading', async () => {
    const user = userEvent.setup();
    const fake = keysApi([]);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let first = true;
    // The first list request is answered from before the new key, and only after it was made.
    const slowFirstList: FakeRoute = (request) => {
      if (!first || request.method !== 'GET' || path(request) !== '/api/v1/admin/api-keys') return undefined;
      first = false;
      return released.then(() => jsonResponse(200, { items: [], total: 0, limit: 20, offset: 0 }));
    };
    const releaseAfterPost: FakeRoute = (request) => {
      if (request.method === 'POST') setTimeout(release, 50);
      return undefined;
    };
    renderWithProviders(<ApiKeysPage />, {
      path: '/beheer/api-sleutels',
      routes: [loggedInAs(adminMember), slowFirstList, releaseAfterPost, ...fake.routes],
    });

    await user.type(await screen.findByLabelText(t.fields.name), 'Snelle partner');
    await user.click(screen.getByRole('button', { name: t.submit }));

    expect(await screen.findByRole('region', { name: t.issuedHeading('Snelle partner') })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'Snelle partner' })).toBeInTheDocument();
  });

  it('checks the form before sending it', async () => {
    const user = userEvent.setup();
    const fake = render([]);
    await screen.findByText(t.empty);

    await user.click(screen.getByRole('radio', { name: 'Organisatie' }));
    await user.type(screen.getByLabelText(t.fields.origins, { exact: false }), 'https://partner.nl/pad');
    await user.click(screen.getByRole('button', { name: t.submit }));

    const summary = await screen.findByRole('region', { name: 'Er is een probleem' });
    expect(within(summary).getByRole('link', { name: t.validation.nameRequired })).toHaveAttribute('href', '#sleutel-name');
    expect(within(summary).getByRole('link', { name: t.validation.organisationRequired })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: t.validation.originInvalid('https://partner.nl/pad') })).toBeInTheDocument();
    expect(fake.state.created).toEqual([]);
    // An organisation key gets the organisation scopes to choose from, the defaults ticked.
    expect(screen.getByRole('checkbox', { name: 'Groepen en lidmaatschappen van de organisatie beheren' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Presentie van eigen medewerkers inzien (met hun toestemming)' })).not.toBeChecked();
  });

  it('revokes a key after confirmation', async () => {
    const user = userEvent.setup();
    const fake = render([apiKey('k1')]);

    await user.click(await screen.findByRole('button', { name: `${t.revoke} (Website Gezinshuis Noord)` }));
    const dialog = screen.getByRole('dialog', { name: t.revokeTitle('Website Gezinshuis Noord') });
    expect(within(dialog).getByText(t.revokeText)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: t.revoke }));

    expect(await screen.findByText(t.revoked('Website Gezinshuis Noord'))).toBeInTheDocument();
    expect(fake.state.revoked).toEqual(['k1']);
    const card = screen.getByRole('article', { name: 'Website Gezinshuis Noord' });
    expect(within(card).getByText('Ingetrokken')).toBeInTheDocument();
  });

  it('shows the usage log of a key, a page at a time', async () => {
    const user = userEvent.setup();
    const uses: ApiKeyUsePublic[] = Array.from({ length: 13 }, (_, index) => ({
      used_at: `2026-11-24T${String(20 - index).padStart(2, '0')}:00:00Z`,
      method: 'GET',
      path: index === 0 ? '/api/v1/groups/onbekend' : '/api/v1/groups',
      status_code: index === 0 ? 404 : 200,
      origin: index % 2 === 0 ? 'https://www.gezinshuisnoord.nl' : null,
    }));
    render([apiKey('k1')], [pagedList('/api/v1/admin/api-keys/k1/uses', () => uses)]);

    const toggle = await screen.findByRole('button', { name: `${t.usesShow} (Website Gezinshuis Noord)` });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(11);
    expect(within(rows[1]!).getByText('GET /api/v1/groups/onbekend')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('404')).toBeInTheDocument();
    expect(within(rows[2]!).getByText(t.noOrigin)).toBeInTheDocument();
    expect(screen.getByText('1–10 van 13')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `${adminNl.pager.next} (${t.usesPagerWhat})` }));
    expect(await screen.findByText('11–13 van 13')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4));
  });
});
