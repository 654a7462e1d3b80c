import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoginPage } from './LoginPage';
import { jsonResponse, renderWithProviders } from '../test/renderWithProviders';
import { exampleMember, tokenBody } from '../test/fixtures';
import { nl } from '../i18n/nl';

const path = (request: Request) => new URL(request.url).pathname;

const fakeLogin = (request: Request) => {
  switch (path(request)) {
    case '/api/v1/auth/token':
      return request.text().then((body) =>
        body.includes('password=goed+wachtwoord')
          ? jsonResponse(200, tokenBody('t1'))
          : jsonResponse(401, {
              type: 'about:blank',
              title: 'Inloggen mislukt',
              status: 401,
              detail: 'Het e-mailadres of wachtwoord klopt niet.',
            }),
      );
    case '/api/v1/me':
      return jsonResponse(200, exampleMember);
    default:
      return undefined;
  }
};

describe('LoginPage', () => {
  it('shows the problem detail when logging in fails', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LoginPage />, { path: '/inloggen', routes: [fakeLogin] });
    await screen.findByRole('heading', { level: 1, name: nl.login.heading });

    await user.type(screen.getByLabelText(nl.fields.email), 'an@example.nl');
    await user.type(screen.getByLabelText(nl.fields.password), 'fout');
    await user.click(screen.getByRole('button', { name: nl.login.submit }));

    const summary = await screen.findByRole('region', { name: nl.errors.summaryTitle });
    expect(within(summary).getByText('Het e-mailadres of wachtwoord klopt niet.')).toBeInTheDocument();
    expect(summary).toHaveFocus();
  });

  it('requires both fields before sending', async () => {
    const user = userEvent.setup();
    const { requests } = renderWithProviders(<LoginPage />, { path: '/inloggen', routes: [fakeLogin] });
    await screen.findByRole('heading', { level: 1, name: nl.login.heading });

    await user.click(screen.getByRole('button', { name: nl.login.submit }));

    expect(screen.getByLabelText(nl.fields.email)).toHaveAccessibleDescription(nl.validation.emailRequired);
    expect(screen.getByLabelText(nl.fields.password)).toHaveAccessibleDescription(nl.validation.passwordRequired);
    expect(requests.some((request) => path(request) === '/api/v1/auth/token')).toBe(false);
  });

  it('returns to the page the member came from', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LoginPage />, {
      path: '/inloggen',
      routes: [fakeLogin],
      initialState: { from: '/groepen?provincie=utrecht' },
    });
    await screen.findByRole('heading', { level: 1, name: nl.login.heading });

    await user.type(screen.getByLabelText(nl.fields.email), 'an@example.nl');
    await user.type(screen.getByLabelText(nl.fields.password), 'goed wachtwoord');
    await user.click(screen.getByRole('button', { name: nl.login.submit }));

    expect(await screen.findByTestId('location')).toHaveTextContent('/groepen');
  });

  it('ignores a return address outside the site', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LoginPage />, {
      path: '/inloggen',
      routes: [fakeLogin],
      initialState: { from: '//evil.example/' },
    });
    await screen.findByRole('heading', { level: 1, name: nl.login.heading });

    await user.type(screen.getByLabelText(nl.fields.email), 'an@example.nl');
    await user.type(screen.getByLabelText(nl.fields.password), 'goed wachtwoord');
    await user.click(screen.getByRole('button', { name: nl.login.submit }));

    expect(await screen.findByTestId('location')).toHaveTextContent('/mijn-profiel');
  });
});
