import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { jsonResponse, LocationProbe, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { evaluationsNl } from '../../i18n/nl';
import { path } from '../groups/testFixtures';
import { SESSION_ID } from '../sessions/testFixtures';
import { EvaluationLinkPage } from './EvaluationLinkPage';
import { questionSet } from './testFixtures';
import type { EvaluationLinkForm } from './types';

const t = evaluationsNl.link;
const f = evaluationsNl.form;
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.een-ondertekend-token.handtekening';

const linkForm: EvaluationLinkForm = {
  session_id: SESSION_ID,
  group: { id: '11111111-1111-1111-1111-111111111111', slug: 'intervisiegroep-amersfoort', name: 'Intervisiegroep Amersfoort' },
  starts_at: '2026-12-01T18:30:00Z',
  ends_at: '2026-12-01T20:30:00Z',
  answer_until: '2026-12-15T20:30:00Z',
  already_answered: false,
  questions: questionSet.session,
};

function problem(status: number, extra: Record<string, unknown> = {}) {
  return jsonResponse(status, { type: 'about:blank', title: 'Probleem', status, detail: 'Uitleg van de server.', ...extra });
}

function renderPage(route: FakeRoute) {
  return renderWithProviders(<></>, {
    path: `/evaluatie/${TOKEN}`,
    routes: [route],
    tree: (
      <Routes>
        <Route path="/evaluatie/:token" element={<EvaluationLinkPage />} />
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    ),
  });
}

const onToken = (handler: (request: Request) => Response | Promise<Response>): FakeRoute => (request) =>
  path(request) === `/api/v1/evaluations/by-token/${TOKEN}` ? handler(request) : undefined;

describe('EvaluationLinkPage', () => {
  it('answers once without logging in and then says how to change it', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage(
      onToken((request) =>
        request.method === 'POST'
          ? jsonResponse(201, { session_id: SESSION_ID, submitted_at: '2026-12-02T09:00:00Z', answer_until: linkForm.answer_until })
          : jsonResponse(200, linkForm),
      ),
    );

    expect(await screen.findByRole('heading', { level: 1, name: t.heading })).toBeInTheDocument();
    expect(screen.getByText(t.intro('Intervisiegroep Amersfoort', 'dinsdag 1 december 2026'))).toBeInTheDocument();
    for (const question of questionSet.session) {
      const group = screen.getByRole('radiogroup', { name: new RegExp(question.text.replace(/[.?()]/g, '.')) });
      const options = within(group).getAllByRole('radio');
      await user.click(question.optional ? options.at(-1)! : options[1]!);
    }
    await user.click(screen.getByRole('button', { name: f.submitNew }));

    const done = await screen.findByRole('heading', { level: 1, name: t.doneHeading });
    expect(done).toHaveFocus();
    expect(screen.getByRole('link', { name: t.openInApp })).toHaveAttribute('href', `/bijeenkomsten/${SESSION_ID}/evaluatie`);
    const post = requests.find((request) => request.method === 'POST' && path(request).includes('/by-token/'));
    expect(await post!.json()).toMatchObject({ safety: 2, depth_level: 2, facilitator: null, free_text: null });
    expect(post!.headers.get('Authorization')).toBeNull();
  }, 30_000);

  it('does not show the form again once answered', async () => {
    renderPage(onToken(() => jsonResponse(200, { ...linkForm, already_answered: true })));
    expect(await screen.findByRole('heading', { level: 1, name: t.alreadyHeading })).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: t.openInApp })).toHaveAttribute('href', `/bijeenkomsten/${SESSION_ID}/evaluatie`);
  });

  it.each([
    [problem(404, { reason: 'expired' }), t.expiredHeading, t.expired],
    [problem(404, { reason: 'invalid' }), t.invalidHeading, t.invalid],
    [problem(403), t.notPresentHeading, evaluationsNl.session.notPresent],
    [problem(429), t.tooManyHeading, t.tooMany],
  ])('explains a link that does not work (%#)', async (response, heading, text) => {
    renderPage(onToken(() => response.clone()));
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: f.submitNew })).not.toBeInTheDocument();
  });
});
