import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { jsonResponse, LocationProbe, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { evaluationsNl, nl } from '../../i18n/nl';
import { loggedIn, path } from '../groups/testFixtures';
import { exampleSession, SESSION_ID } from '../sessions/testFixtures';
import type { SessionPublic } from '../sessions/types';
import { SessionEvaluationPage } from './SessionEvaluationPage';
import { questionSet, sessionAnswers } from './testFixtures';
import type { SessionEvaluationPublic } from './types';

const f = evaluationsNl.form;
const t = evaluationsNl.session;

const held = exampleSession({ status: 'held', attendance_recorded: true, my_attendance: { present: true, confirmed_at: null } });

function savedEvaluation(overrides: Partial<SessionEvaluationPublic> = {}): SessionEvaluationPublic {
  return {
    ...sessionAnswers,
    free_text: 'Ik wil vaker doorvragen.',
    share_free_text_with_facilitator: false,
    session_id: SESSION_ID,
    submitted_at: '2026-12-02T09:00:00Z',
    updated_at: '2026-12-02T09:00:00Z',
    answer_until: '2026-12-15T20:30:00Z',
    ...overrides,
  };
}

interface Api {
  session?: SessionPublic;
  saved?: SessionEvaluationPublic | null;
  onPut?: (body: Record<string, unknown>) => Response;
}

function api({ session = held, saved = null, onPut }: Api): FakeRoute {
  let current = saved;
  async function put(request: Request): Promise<Response> {
    const body = (await request.json()) as Record<string, unknown>;
    if (onPut) return onPut(body);
    current = savedEvaluation({ ...(body as Partial<SessionEvaluationPublic>), updated_at: '2026-12-03T09:00:00Z' });
    return jsonResponse(200, current);
  }
  return (request) => {
    const url = path(request);
    if (url === '/api/v1/me/groups') return jsonResponse(200, []);
    if (url === `/api/v1/sessions/${SESSION_ID}`) return jsonResponse(200, session);
    if (url === '/api/v1/evaluations/questions') return jsonResponse(200, questionSet);
    if (url === '/api/v1/me/evaluations/pending') return jsonResponse(200, { items: [], total: 0, limit: 20, offset: 0 });
    if (url === `/api/v1/sessions/${SESSION_ID}/evaluation`) {
      if (request.method === 'PUT') return put(request);
      return current
        ? jsonResponse(200, current)
        : jsonResponse(404, { type: 'about:blank', title: 'Niet gevonden', status: 404, detail: 'Nog niet geëvalueerd.' });
    }
    return undefined;
  };
}

function renderPage(routes: FakeRoute[]) {
  return renderWithProviders(<></>, {
    path: `/bijeenkomsten/${SESSION_ID}/evaluatie`,
    routes: [loggedIn, ...routes],
    tree: (
      <Routes>
        <Route path="/bijeenkomsten/:id/evaluatie" element={<SessionEvaluationPage />} />
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    ),
  });
}

function putBodies(requests: Request[]) {
  return requests.filter((request) => request.method === 'PUT');
}

describe('SessionEvaluationPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-03T10:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists what is missing, then sends the chosen answers and confirms', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage([api({})]);

    const safety = await screen.findByRole('radiogroup', { name: /Ik voelde me veilig genoeg/ });
    expect(within(safety).getAllByRole('radio')).toHaveLength(5);
    const depth = screen.getByRole('radiogroup', { name: /Tot welk niveau kwam het gesprek/ });
    expect(within(depth).getByRole('radio', { name: '3 – Waarden en overtuigingen' })).toBeInTheDocument();
    const facilitator = screen.getByRole('radiogroup', { name: /De facilitator bewaakte/ });
    expect(within(facilitator).getByRole('radio', { name: f.skip })).toBeInTheDocument();

    await user.click(within(safety).getByRole('radio', { name: '4 – Eens' }));
    await user.click(screen.getByRole('button', { name: f.submitNew }));
    const summary = screen.getByRole('region', { name: nl.errors.summaryTitle });
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: f.required('Diepgang') })).toHaveAttribute('href', '#evaluatie-depth-level');
    expect(within(summary).queryByText(f.required('Veiligheid'))).not.toBeInTheDocument();
    expect(within(summary).queryByText(f.required('Begeleiding'))).not.toBeInTheDocument();
    expect(putBodies(requests)).toHaveLength(0);

    const answer = async (name: RegExp, option: string) =>
      user.click(within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: option }));
    await answer(/duidelijke opbouw/, '5 – Helemaal eens');
    await answer(/vooraf goed voorbereid/, '3 – Neutraal');
    await answer(/Iedereen kreeg de ruimte/, '4 – Eens');
    await answer(/Tot welk niveau/, '2 – Het handelen van de casusinbrenger');
    await answer(/iets geleerd/, '4 – Eens');
    await answer(/anders ga doen/, '3 – Neutraal');
    await user.type(screen.getByLabelText(new RegExp(f.freeTextLabel)), 'Ik wil vaker doorvragen.');
    await user.click(screen.getByRole('checkbox', { name: f.shareLabel }));
    await user.click(screen.getByRole('button', { name: f.submitNew }));

    expect(await screen.findByText(t.saved)).toBeInTheDocument();
    const [put] = putBodies(requests);
    expect(await put!.json()).toEqual({
      ...sessionAnswers,
      facilitator: null,
      free_text: 'Ik wil vaker doorvragen.',
      share_free_text_with_facilitator: true,
    });
    expect(screen.getByRole('button', { name: f.submitChange })).toBeInTheDocument();
    expect(screen.getByText(/Je hebt deze bijeenkomst geëvalueerd op/)).toBeInTheDocument();
  }, 30_000);

  it('shows saved answers and changes them', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage([api({ saved: savedEvaluation() })]);

    const safety = await screen.findByRole('radiogroup', { name: /Ik voelde me veilig genoeg/ });
    expect(within(safety).getByRole('radio', { name: '4 – Eens' })).toBeChecked();
    expect(within(screen.getByRole('radiogroup', { name: /De facilitator bewaakte/ })).getByRole('radio', { name: f.skip })).toBeChecked();
    expect(screen.getByLabelText(new RegExp(f.freeTextLabel))).toHaveValue('Ik wil vaker doorvragen.');
    expect(screen.getByText(/Je kunt je antwoorden wijzigen tot 15 december 2026 om 21:30/)).toBeInTheDocument();

    await user.click(within(safety).getByRole('radio', { name: '2 – Oneens' }));
    await user.click(screen.getByRole('button', { name: f.submitChange }));
    expect(await screen.findByText(t.changed)).toBeInTheDocument();
    const [put] = putBodies(requests);
    expect(await put!.json()).toMatchObject({ safety: 2, structure: 5, facilitator: null });
  });

  it('shows the server explanation when the evaluation has closed', async () => {
    const user = userEvent.setup();
    const detail = 'De evaluatie van deze bijeenkomst is gesloten; invullen kon tot 15 december 2026.';
    renderPage([
      api({
        saved: savedEvaluation(),
        onPut: () => jsonResponse(409, { type: 'about:blank', title: 'Conflict', status: 409, detail }),
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: f.submitChange }));
    const summary = await screen.findByRole('region', { name: nl.errors.summaryTitle });
    expect(within(summary).getByText(detail)).toBeInTheDocument();
    expect(screen.queryByText(t.changed)).not.toBeInTheDocument();
  });

  it('explains why there is no form for someone not on the attendance list', async () => {
    renderPage([api({ session: { ...held, my_attendance: { present: false, confirmed_at: null } } })]);
    expect(await screen.findByText(t.notPresent)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: f.submitNew })).not.toBeInTheDocument();
  });

  it('waits until the session is over', async () => {
    vi.setSystemTime(new Date('2026-12-01T19:00:00Z'));
    renderPage([api({ session: exampleSession() })]);
    expect(await screen.findByText(t.notEnded('1 december 2026 om 21:30'))).toBeInTheDocument();
  });
});
