import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { jsonResponse, renderWithProviders } from '../../test/renderWithProviders';
import { evaluationsNl } from '../../i18n/nl';
import { exampleGroup, loggedIn, path } from '../groups/testFixtures';
import { SESSION_ID } from '../sessions/testFixtures';
import { MyEvaluationsPage } from './MyEvaluationsPage';

const t = evaluationsNl.mine;
const group = { id: exampleGroup.id, slug: exampleGroup.slug, name: exampleGroup.name };

describe('MyEvaluationsPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('lists the yearly evaluation and the sessions to evaluate, with links', async () => {
    renderWithProviders(<MyEvaluationsPage />, {
      path: '/mijn-evaluaties',
      routes: [
        loggedIn,
        (request) => {
          if (path(request) === '/api/v1/me/groups') return jsonResponse(200, [{ group: exampleGroup, role: 'member', joined_at: '2025-01-01T10:00:00Z' }]);
          if (path(request) !== '/api/v1/me/evaluations/pending') return undefined;
          return jsonResponse(200, {
            items: [
              { kind: 'yearly', group, session_id: null, starts_at: null, year: 2026, answer_until: '2027-01-31T23:00:00Z' },
              { kind: 'session', group, session_id: SESSION_ID, starts_at: '2026-11-23T18:30:00Z', year: null, answer_until: '2026-12-07T20:30:00Z' },
            ],
            total: 2,
            limit: 20,
            offset: 0,
          });
        },
      ],
    });

    const list = await screen.findByRole('list', { name: t.pendingHeading });
    const [yearly, session] = within(list).getAllByRole('listitem');
    expect(yearly).toHaveTextContent(t.yearlyItem(group.name, 2026));
    expect(within(yearly!).getByRole('link')).toHaveAttribute('href', `/groepen/${group.slug}/jaarevaluatie?jaar=2026`);
    expect(session).toHaveTextContent(t.sessionItem(group.name, 'maandag 23 november 2026'));
    expect(session).toHaveTextContent(t.answerUntil('7 december 2026 om 21:30'));
    expect(within(session!).getByRole('link', { name: new RegExp(`^${t.fillIn}`) })).toHaveAttribute(
      'href',
      `/bijeenkomsten/${SESSION_ID}/evaluatie`,
    );
    expect(await screen.findByRole('link', { name: t.yearlyLink(group.name, 2026) })).toBeInTheDocument();
  });

  it('says when everything is done', async () => {
    renderWithProviders(<MyEvaluationsPage />, {
      routes: [
        loggedIn,
        (request) =>
          path(request) === '/api/v1/me/evaluations/pending' ? jsonResponse(200, { items: [], total: 0, limit: 20, offset: 0 }) : undefined,
      ],
    });
    expect(await screen.findByText(t.none)).toBeInTheDocument();
  });
});
