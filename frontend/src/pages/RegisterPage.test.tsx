import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RegisterPage } from './RegisterPage';
import { jsonResponse, renderWithProviders } from '../test/renderWithProviders';
import { nl } from '../i18n/nl';

const path = (request: Request) => new URL(request.url).pathname;

async function renderRegister(routes: Parameters<typeof renderWithProviders>[1] = {}) {
  const result = renderWithProviders(<RegisterPage />, { path: '/registreren', ...routes });
  await screen.findByRole('heading', { level: 1, name: nl.register.heading });
  return result;
}

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(nl.fields.email), 'an@example.nl');
  await user.type(screen.getByLabelText(nl.fields.password), 'een lange zin');
  await user.type(screen.getByLabelText(nl.fields.fullName), 'An de Vries');
  await user.selectOptions(screen.getByLabelText(nl.fields.kind), 'gezinshuisouder');
}

describe('RegisterPage', () => {
  it('shows an error summary linked to each missing required field and sends nothing', async () => {
    const user = userEvent.setup();
    const { requests } = await renderRegister();

    await user.click(screen.getByRole('button', { name: nl.register.submit }));

    const summary = screen.getByRole('region', { name: nl.errors.summaryTitle });
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      nl.validation.emailRequired,
      nl.validation.passwordRequired,
      nl.validation.fullNameRequired,
      nl.validation.kindRequired,
    ]);
    expect(links[0]).toHaveAttribute('href', '#registreren-email');

    const email = screen.getByLabelText(nl.fields.email);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(nl.validation.emailRequired);
    expect(screen.getByLabelText(nl.fields.kind)).toHaveAccessibleDescription(nl.validation.kindRequired);

    await user.click(links[2] as HTMLElement);
    expect(screen.getByLabelText(nl.fields.fullName)).toHaveFocus();
    expect(requests.filter((request) => path(request) === '/api/v1/auth/register')).toHaveLength(0);
  });

  it('checks the email format, password length and years of experience', async () => {
    const user = userEvent.setup();
    await renderRegister();

    await user.type(screen.getByLabelText(nl.fields.email), 'an-at-example');
    await user.type(screen.getByLabelText(nl.fields.password), 'kort');
    await user.type(screen.getByLabelText(nl.fields.yearsExperience, { exact: false }), '61');
    await user.click(screen.getByRole('button', { name: nl.register.submit }));

    expect(screen.getByLabelText(nl.fields.email)).toHaveAccessibleDescription(nl.validation.emailInvalid);
    expect(screen.getByLabelText(nl.fields.password)).toHaveAccessibleDescription(
      `${nl.fields.passwordHint} ${nl.validation.passwordTooShort}`,
    );
    expect(screen.getByLabelText(nl.fields.yearsExperience, { exact: false })).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for the employment form only for gezinshuisouders', async () => {
    const user = userEvent.setup();
    await renderRegister();

    expect(screen.queryByLabelText(nl.fields.employmentForm, { exact: false })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(nl.fields.kind), 'gezinshuisouder');
    expect(screen.getByLabelText(nl.fields.employmentForm, { exact: false })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(nl.fields.kind), 'jeugdzorgwerker');
    expect(screen.queryByLabelText(nl.fields.employmentForm, { exact: false })).not.toBeInTheDocument();
  });

  it('shows server field errors next to the fields', async () => {
    const user = userEvent.setup();
    await renderRegister({
      routes: [
        (request) =>
          path(request) === '/api/v1/auth/register'
            ? jsonResponse(422, {
                type: 'about:blank',
                title: 'Controleer de invoer',
                status: 422,
                errors: [
                  { field: 'full_name', loc: ['body', 'full_name'], message: 'De naam is te kort.', type: 'string_too_short' },
                ],
              })
            : undefined,
      ],
    });

    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: nl.register.submit }));

    const fullName = screen.getByLabelText(nl.fields.fullName);
    await waitFor(() => expect(fullName).toHaveAccessibleDescription('De naam is te kort.'));
    const summary = screen.getByRole('region', { name: nl.errors.summaryTitle });
    expect(within(summary).getByRole('link', { name: 'De naam is te kort.' })).toHaveAttribute(
      'href',
      '#registreren-full-name',
    );
  });

  it('shows a taken email address at the email field', async () => {
    const user = userEvent.setup();
    await renderRegister({
      routes: [
        (request) =>
          path(request) === '/api/v1/auth/register'
            ? jsonResponse(409, {
                type: 'about:blank',
                title: 'Bestaat al',
                status: 409,
                detail: 'Er is al een account met dit e-mailadres.',
              })
            : undefined,
      ],
    });

    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: nl.register.submit }));

    await waitFor(() =>
      expect(screen.getByLabelText(nl.fields.email)).toHaveAccessibleDescription('Er is al een account met dit e-mailadres.'),
    );
  });

  it('registers, logs in and goes to the profile', async () => {
    const user = userEvent.setup();
    const member = {
      id: '00000000-0000-0000-0000-000000000001',
      email: 'an@example.nl',
      full_name: 'An de Vries',
      kind: 'gezinshuisouder',
      employment_form: 'vrijgevestigd',
      years_experience: null,
      registration_body: null,
      registration_number: null,
      province: 'utrecht',
      is_admin: false,
      created_at: '2025-01-01T10:00:00Z',
    };
    const { requests } = await renderRegister({
      routes: [
        (request) => {
          switch (path(request)) {
            case '/api/v1/auth/register':
              return jsonResponse(201, member);
            case '/api/v1/auth/token':
              return jsonResponse(200, { access_token: 'nieuw', token_type: 'bearer', expires_in: 900 });
            case '/api/v1/me':
              return request.headers.get('Authorization') === 'Bearer nieuw' ? jsonResponse(200, member) : undefined;
            default:
              return undefined;
          }
        },
      ],
    });

    await fillValidForm(user);
    await user.selectOptions(screen.getByLabelText(nl.fields.employmentForm, { exact: false }), 'vrijgevestigd');
    await user.selectOptions(screen.getByLabelText(nl.fields.province, { exact: false }), 'utrecht');
    await user.click(screen.getByRole('button', { name: nl.register.submit }));

    expect(await screen.findByTestId('location')).toHaveTextContent('/mijn-profiel');
    const register = requests.find((request) => path(request) === '/api/v1/auth/register');
    expect(await register?.json()).toEqual({
      email: 'an@example.nl',
      password: 'een lange zin',
      full_name: 'An de Vries',
      kind: 'gezinshuisouder',
      employment_form: 'vrijgevestigd',
      years_experience: null,
      registration_body: null,
      registration_number: null,
      province: 'utrecht',
    });
    const token = requests.find((request) => path(request) === '/api/v1/auth/token');
    expect(await token?.text()).toBe('username=an%40example.nl&password=een+lange+zin');
  });
});
