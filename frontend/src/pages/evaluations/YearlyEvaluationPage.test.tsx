import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { jsonResponse, LocationProbe, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { evaluationsNl } from '../../i18n/nl';
import { exampleGroup, groupApi, loggedIn, path } from '../groups/testFixtures';
import type { GroupRole } from '../groups/types';
import { YearlyEvaluationPage } from './YearlyEvaluationPage';
import { questionSet } from './testFixtures';

const t = evaluationsNl.yearly;
const f = evaluationsNl.form;
const r = evaluationsNl.results;
const base = `/api/v1/groups/${exampleGroup.slug}`;

function evaluationApi(year: number): FakeRoute {
  async function put(request: Request): Promise<Response> {
    const body = (await request.json()) as Record<string, unknown>;
    return jsonResponse(200, {
      ...body,
      group_id: exampleGroup.id,
      year,
      submitted_at: '2026-11-25T10:00:00Z',
      updated_at: '2026-11-25T10:00:00Z',
      answer_until: '2027-01-31T23:00:00Z',
    });
  }
  return (request) => {
    const url = path(request);
    if (url === '/api/v1/evaluations/questions') return jsonResponse(200, questionSet);
    if (url === '/api/v1/me/evaluations/pending') return jsonResponse(200, { items: [], total: 0, limit: 20, offset: 0 });
    if (url === `${base}/yearly-evaluation/${year}`) {
      if (request.method === 'PUT') return put(request);
      return jsonResponse(404, { type: 'about:blank', title: 'Niet gevonden', status: 404 });
    }
    if (url === `${base}/yearly-evaluations/${year}/summary`) {
      return jsonResponse(200, {
        group_id: exampleGroup.id,
        year,
        available: false,
        available_from: '2027-01-31T23:00:00Z',
        min_cell_size: 5,
        response_count: null,
        notice: 'later',
        criteria: [],
      });
    }
    if (url === `${base}/yearly-evaluations/${year}/shared-comments`) {
      return jsonResponse(200, { available: false, available_from: '2027-01-31T23:00:00Z', notice: 'later', comments: [] });
    }
    return undefined;
  };
}

function renderPage(role: GroupRole | null, search = '') {
  const myGroups = role ? [{ group: exampleGroup, role, joined_at: '2025-01-01T10:00:00Z' }] : [];
  return renderWithProviders(<></>, {
    path: `/groepen/${exampleGroup.slug}/jaarevaluatie`,
    search,
    routes: [loggedIn, groupApi({ myGroups }), evaluationApi(search ? 2025 : 2026)],
    tree: (
      <Routes>
        <Route path="/groepen/:ref/jaarevaluatie" element={<YearlyEvaluationPage />} />
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    ),
  });
}

describe('YearlyEvaluationPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('lets a member answer this year and shows when the results appear', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage('member');
    expect(await screen.findByRole('heading', { level: 1, name: t.heading(2026) })).toBeInTheDocument();
    const form = await screen.findByRole('region', { name: t.formHeading });
    const groups = await within(form).findAllByRole('radiogroup');
    expect(groups).toHaveLength(6);
    for (const group of groups) await user.click(within(group).getByRole('radio', { name: '4 – Eens' }));
    await user.click(within(form).getByRole('button', { name: f.submitNew }));

    expect(await screen.findByText(t.saved)).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT');
    expect(await put!.json()).toMatchObject({ functioning: 4, organisation: 4, free_text: null });
    const results = screen.getByRole('region', { name: r.yearlySummaryHeading });
    expect(within(results).getByText(r.notYet('maandag 1 februari 2027'))).toBeInTheDocument();
    // Only the group's facilitator reads shared comments.
    expect(within(results).queryByRole('heading', { name: r.commentsHeading })).not.toBeInTheDocument();
    expect(requests.some((request) => path(request).endsWith('/shared-comments'))).toBe(false);
  }, 30_000);

  it('shows a closed year without a form, and the shared comments to the facilitator', async () => {
    renderPage('facilitator', '?jaar=2025');
    expect(await screen.findByRole('heading', { level: 1, name: t.heading(2025) })).toBeInTheDocument();
    expect(await screen.findByText(t.closed(2025))).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: r.commentsHeading })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: t.otherYear(2024) })).toHaveAttribute('href', `/groepen/${exampleGroup.slug}/jaarevaluatie?jaar=2024`);
    expect(screen.getByRole('link', { name: t.otherYear(2026) })).toBeInTheDocument();
  });

  it('tells someone outside the group that only members answer', async () => {
    renderPage(null);
    expect(await screen.findByText(t.notMember)).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
  });
});
