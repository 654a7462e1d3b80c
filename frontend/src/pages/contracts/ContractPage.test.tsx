import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { jsonResponse, LocationProbe, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { contractSectionLabels, contractsNl } from '../../i18n/nl';
import { exampleGroup, groupApi, loggedIn, path } from '../groups/testFixtures';
import { ContractPage } from './ContractPage';
import { agreedByMe, coordinatorAgreements, overview, sections, template, version } from './testFixtures';
import type { ContractOverview } from './types';

const t = contractsNl;
const base = `/api/v1/groups/${exampleGroup.slug}/contract`;

function renderContract(routes: FakeRoute[]) {
  return renderWithProviders(<></>, {
    path: `/groepen/${exampleGroup.slug}/groepsafspraken`,
    routes: [loggedIn, groupApi(), ...routes],
    tree: (
      <Routes>
        <Route path="/groepen/:ref/groepsafspraken" element={<ContractPage />} />
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    ),
  });
}

/** A fake contract API whose state the test changes through `state.overview`. */
function contractApi(state: { overview: ContractOverview }, handlers: Partial<Record<string, FakeRoute>> = {}): FakeRoute {
  return (request) => {
    const key = `${request.method} ${path(request)}`;
    const handler = handlers[key];
    if (handler) return handler(request);
    if (key === `GET ${base}`) return jsonResponse(200, state.overview);
    if (key === `GET ${base}/versions`) {
      const items = state.overview.current ? [state.overview.current] : [];
      return jsonResponse(200, { items, total: items.length, limit: 10, offset: 0 });
    }
    if (key === 'GET /api/v1/contract-template') return jsonResponse(200, template);
    return undefined;
  };
}

describe('ContractPage', () => {
  it('shows the contract to a member who still has to agree, and records the agreement after the tick', async () => {
    const user = userEvent.setup();
    const state = { overview: overview() };
    const agreed: unknown[] = [];
    const { requests } = renderContract([
      contractApi(state, {
        [`POST ${base}/agree`]: async (request) => {
          agreed.push(await request.json());
          state.overview = overview(agreedByMe);
          return jsonResponse(200, state.overview);
        },
      }),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: t.page.heading })).toBeInTheDocument();
    expect(screen.getByText(t.agreement.requiredTitle)).toBeInTheDocument();
    expect(screen.getByText(t.agreement.requiredText(1))).toBeInTheDocument();
    const current = screen.getByRole('region', { name: t.current.heading });
    for (const key of ['attendance', 'confidentiality', 'feedback', 'which_cases'] as const) {
      expect(within(current).getByRole('heading', { level: 3, name: contractSectionLabels[key] })).toBeInTheDocument();
    }
    // Blank lines split a section into paragraphs.
    expect(within(current).getByText('Afmelden doe je in de app.')).toBeInTheDocument();
    expect(screen.getByText(t.progress.count(2, 5))).toBeInTheDocument();
    // Members do not get the coordinator's tools or the list of who agreed.
    expect(screen.queryByRole('region', { name: t.manage.heading })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: t.progress.listLabel })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: t.agreement.submit }));
    expect(screen.getByRole('checkbox', { name: t.agreement.checkbox })).toHaveAccessibleDescription(
      t.agreement.checkboxRequired,
    );
    expect(requests.some((request) => path(request).endsWith('/agree'))).toBe(false);

    await user.click(screen.getByRole('checkbox', { name: t.agreement.checkbox }));
    await user.click(screen.getByRole('button', { name: t.agreement.submit }));

    expect(await screen.findByText(t.agreement.done)).toBeInTheDocument();
    expect(agreed).toEqual([{ version: 1 }]);
    expect(screen.getByText(/Je gaf op .* akkoord op versie 1\./)).toBeInTheDocument();
    expect(screen.queryByText(t.agreement.requiredTitle)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: t.agreement.submit })).not.toBeInTheDocument();
  });

  it('explains a newer version and shows it when one was published while reading', async () => {
    const user = userEvent.setup();
    const state = { overview: overview() };
    renderContract([
      contractApi(state, {
        [`POST ${base}/agree`]: () => {
          state.overview = overview({ current: version({ version: 2, attendance: 'Nieuwe afspraak over aanwezigheid.' }) });
          return jsonResponse(409, {
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            detail: 'Er is intussen een nieuwe versie (2) van het groepscontract. Lees die en geef daarop akkoord.',
          });
        },
      }),
    ]);

    await user.click(await screen.findByRole('checkbox', { name: t.agreement.checkbox }));
    await user.click(screen.getByRole('button', { name: t.agreement.submit }));

    expect(await screen.findByText(t.agreement.newerVersion)).toBeInTheDocument();
    const current = screen.getByRole('region', { name: t.current.heading });
    expect(await within(current).findByText('Nieuwe afspraak over aanwezigheid.')).toBeInTheDocument();
    // The tick was for the old text: it has to be set again for the new one.
    expect(screen.getByRole('checkbox', { name: t.agreement.checkbox })).not.toBeChecked();
    expect(screen.getByText(t.agreement.requiredText(2))).toBeInTheDocument();
  });

  it('lets a coordinator write the first version from the template, save it as a draft and publish it', async () => {
    const user = userEvent.setup();
    const state = {
      overview: overview({ current: null, agreement_required: false, agreed_count: 0, agreements: coordinatorAgreements }),
    };
    const saved: unknown[] = [];
    let published = 0;
    renderContract([
      contractApi(state, {
        [`PUT ${base}/draft`]: async (request) => {
          const body = (await request.json()) as typeof sections;
          saved.push(body);
          const draft = version({ ...body, status: 'draft', published_at: null, updated_at: '2026-11-25T11:00:00Z' });
          state.overview = { ...state.overview, draft };
          return jsonResponse(200, draft);
        },
        [`POST ${base}/publish`]: () => {
          published += 1;
          const current = version({ ...state.overview.draft!, status: 'published', published_at: '2026-11-25T12:00:00Z' });
          state.overview = { ...state.overview, current, draft: null, agreement_required: true };
          return jsonResponse(200, state.overview);
        },
      }),
    ]);

    expect(await screen.findByText(t.current.none)).toBeInTheDocument();
    expect(screen.getByText(t.current.noneCoordinator)).toBeInTheDocument();
    const manage = screen.getByRole('region', { name: t.manage.heading });
    await user.click(await within(manage).findByRole('button', { name: t.manage.startFromTemplate }));

    const attendance = within(manage).getByRole('textbox', { name: contractSectionLabels.attendance });
    expect(attendance).toHaveValue(template.attendance);
    expect(within(manage).getByRole('heading', { level: 3, name: t.editor.heading(1) })).toHaveFocus();

    await user.clear(attendance);
    await user.click(within(manage).getByRole('button', { name: t.editor.save }));
    const required = t.editor.required(contractSectionLabels.attendance);
    expect(await screen.findByRole('link', { name: required })).toBeInTheDocument();
    expect(saved).toEqual([]);

    await user.type(attendance, 'Zes keer per jaar, iedereen is erbij.');
    await user.click(within(manage).getByRole('button', { name: t.editor.save }));

    expect(await screen.findByText(t.manage.saved)).toBeInTheDocument();
    expect(saved).toEqual([{ ...template, attendance: 'Zes keer per jaar, iedereen is erbij.' }]);
    expect(within(manage).getByRole('heading', { level: 3, name: t.manage.draftHeading(1) })).toBeInTheDocument();
    expect(within(manage).getByText('Zes keer per jaar, iedereen is erbij.')).toBeInTheDocument();

    await user.click(within(manage).getByRole('button', { name: t.manage.publish }));
    const dialog = screen.getByRole('dialog', { name: t.manage.publishTitle });
    expect(dialog).toHaveAccessibleDescription(t.manage.publishText(1));
    await user.click(within(dialog).getByRole('button', { name: t.manage.publishConfirm }));

    expect(await screen.findByText(t.manage.published(1))).toBeInTheDocument();
    expect(published).toBe(1);
    expect(screen.getByText(t.agreement.requiredTitle)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: t.current.heading })).getByText('Zes keer per jaar, iedereen is erbij.')).toBeInTheDocument();
    expect(within(manage).getByText(t.manage.noDraft)).toBeInTheDocument();
  });

  it('shows a coordinator who agreed, starts a new version from the current one and can discard the draft', async () => {
    const user = userEvent.setup();
    const draft = version({ version: 2, status: 'draft', published_at: null, feedback: 'Concepttekst over feedback.' });
    const state = { overview: overview({ ...agreedByMe, agreements: coordinatorAgreements, draft }) };
    let discarded = 0;
    renderContract([
      contractApi(state, {
        [`DELETE ${base}/draft`]: () => {
          discarded += 1;
          state.overview = { ...state.overview, draft: null };
          return new Response(null, { status: 204 });
        },
      }),
    ]);

    const who = await screen.findByRole('list', { name: t.progress.listLabel });
    const rows = within(who).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('An de Vries');
    expect(rows[0]).toHaveTextContent(t.progress.notYet);
    expect(rows[1]).toHaveTextContent('Bram de Boer');
    expect(rows[1]).toHaveTextContent(`${t.progress.agreed} ${t.progress.agreedOn('3 oktober 2026')}`);

    const manage = screen.getByRole('region', { name: t.manage.heading });
    expect(within(manage).getByText('Concepttekst over feedback.')).toBeInTheDocument();
    await user.click(within(manage).getByRole('button', { name: t.manage.discard }));
    const dialog = screen.getByRole('dialog', { name: t.manage.discardTitle });
    await user.click(within(dialog).getByRole('button', { name: t.manage.discardConfirm }));
    expect(await screen.findByText(t.manage.discarded)).toBeInTheDocument();
    expect(discarded).toBe(1);

    await user.click(await within(manage).findByRole('button', { name: t.manage.startFromCurrent }));
    expect(within(manage).getByRole('textbox', { name: contractSectionLabels.feedback })).toHaveValue(sections.feedback);
    expect(within(manage).getByRole('heading', { level: 3, name: t.editor.heading(2) })).toBeInTheDocument();
    await user.click(within(manage).getByRole('button', { name: t.editor.cancel }));
    await waitFor(() => expect(within(manage).queryByRole('textbox')).not.toBeInTheDocument());
  });

  it('shows the reason when the group is not yours', async () => {
    renderContract([
      (request) =>
        path(request) === base
          ? jsonResponse(403, { type: 'about:blank', title: 'Geen toegang', status: 403, detail: 'Alleen leden van deze groep.' })
          : undefined,
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: t.page.loadFailed })).toBeInTheDocument();
    expect(screen.getByText('Alleen leden van deze groep.')).toBeInTheDocument();
  });
});
