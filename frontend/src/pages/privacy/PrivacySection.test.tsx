import { describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderWithProviders } from '../../test/renderWithProviders';
import { privacyNl } from '../../i18n/nl';
import { loggedInAs, path } from '../notifications/testFixtures';
import { saveBlob } from '../../components/downloadFile';
import { PrivacySection } from './PrivacySection';

vi.mock('../../components/downloadFile', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../components/downloadFile')>()),
  saveBlob: vi.fn(),
}));

configure({ asyncUtilTimeout: 5000 });

const t = privacyNl.section;

function deletionRoute(answer: () => Response, bodies: unknown[]) {
  return (request: Request) => {
    if (request.method === 'POST' && path(request) === '/api/v1/me/delete') {
      return request.json().then((body: unknown) => {
        bodies.push(body);
        return answer();
      });
    }
    if (request.method === 'POST' && path(request) === '/api/v1/auth/logout') return new Response(null, { status: 204 });
    return undefined;
  };
}

function render(answer: () => Response = () => new Response(null, { status: 204 })) {
  const bodies: unknown[] = [];
  const utils = renderWithProviders(<PrivacySection email="an@example.nl" />, {
    path: '/mijn-profiel',
    routes: [loggedInAs(), deletionRoute(answer, bodies)],
  });
  return { ...utils, bodies };
}

describe('PrivacySection', () => {
  it('explains what deletion does before anything happens', () => {
    render();
    expect(screen.getByRole('heading', { level: 2, name: t.heading })).toBeInTheDocument();
    expect(screen.getByText(t.consequences[2]!)).toBeInTheDocument();
    expect(screen.getByLabelText(new RegExp(t.passwordLabel))).toHaveAttribute('type', 'password');
  });

  it('asks for the password first and sends nothing without it', async () => {
    const user = userEvent.setup();
    const { requests } = render();
    await user.click(screen.getByRole('button', { name: t.deleteButton }));
    expect(await screen.findAllByText(t.passwordRequired)).not.toHaveLength(0);
    expect(requests.some((r) => path(r) === '/api/v1/me/delete')).toBe(false);
  });

  it('deletes after confirmation, logs out and goes home', async () => {
    const user = userEvent.setup();
    const { bodies, requests } = render();
    await user.type(screen.getByLabelText(new RegExp(t.passwordLabel)), 'geheim-wachtwoord');
    await user.click(screen.getByRole('button', { name: t.deleteButton }));

    const dialog = await screen.findByRole('dialog', { name: t.confirmTitle });
    await user.click(within(dialog).getByRole('button', { name: t.confirmButton }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
    expect(bodies).toEqual([{ password: 'geheim-wachtwoord' }]);
    await waitFor(() => expect(requests.some((r) => path(r) === '/api/v1/auth/logout')).toBe(true));
  });

  it('cancelling the dialog deletes nothing', async () => {
    const user = userEvent.setup();
    const { bodies } = render();
    await user.type(screen.getByLabelText(new RegExp(t.passwordLabel)), 'geheim-wachtwoord');
    await user.click(screen.getByRole('button', { name: t.deleteButton }));
    const dialog = await screen.findByRole('dialog', { name: t.confirmTitle });
    await user.click(within(dialog).getByRole('button', { name: t.cancel }));
    expect(bodies).toEqual([]);
  });

  it('shows a wrong password at the field and a refusal in the summary', async () => {
    const user = userEvent.setup();
    let answer = jsonResponse(400, { type: 'about:blank', title: 'Wachtwoord onjuist', status: 400, detail: 'Het wachtwoord klopt niet.' });
    render(() => answer);
    await user.type(screen.getByLabelText(new RegExp(t.passwordLabel)), 'fout');
    await user.click(screen.getByRole('button', { name: t.deleteButton }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: t.confirmButton }));
    expect(await screen.findAllByText('Het wachtwoord klopt niet.')).not.toHaveLength(0);

    answer = jsonResponse(409, {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'Je bent de enige coördinator van De Linde.',
    });
    await user.click(screen.getByRole('button', { name: t.deleteButton }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: t.confirmButton }));
    expect(await screen.findByText('Je bent de enige coördinator van De Linde.')).toBeInTheDocument();
  });

  it('downloads my data as a file', async () => {
    const user = userEvent.setup();
    const { requests } = renderWithProviders(<PrivacySection email="an@example.nl" />, {
      path: '/mijn-profiel',
      routes: [
        loggedInAs(),
        (request) => {
          if (path(request) !== '/api/v1/me/data-export') return undefined;
          const body = '{"format":"intervisiewijzer-gegevensexport"}';
          const response = new Response(body, {
            status: 200,
            headers: {
              'Content-Type': 'application/json',
              'Content-Disposition': 'attachment; filename="intervisiewijzer-mijn-gegevens-2026-11-25.json"',
            },
          });
          // Node's fetch makes Node Blobs; the download checks for the (jsdom) window's Blob.
          Object.defineProperty(response, 'blob', {
            value: () => Promise.resolve(new Blob([body], { type: 'application/json' })),
          });
          return response;
        },
      ],
    });
    await screen.findByRole('button', { name: t.downloadButton });
    await user.click(screen.getByRole('button', { name: t.downloadButton }));
    await waitFor(() => expect(saveBlob).toHaveBeenCalledTimes(1));
    expect(vi.mocked(saveBlob).mock.calls[0]?.[1]).toBe('intervisiewijzer-mijn-gegevens-2026-11-25.json');
    expect(requests.some((r) => path(r) === '/api/v1/me/data-export')).toBe(true);
  });
});
