import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { jsonResponse, LocationProbe, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { contractsNl } from '../../i18n/nl';
import { GroupPage } from '../groups/GroupPage';
import { exampleGroup, groupApi, loggedIn, path } from '../groups/testFixtures';
import type { MyGroup } from '../groups/types';
import { agreedByMe, overview } from './testFixtures';
import type { ContractOverview } from './types';

const t = contractsNl.forMembers;

function renderGroupPage(myGroups: MyGroup[], contract: ContractOverview | null) {
  const contractRoute: FakeRoute = (request) =>
    contract && path(request) === `/api/v1/groups/${exampleGroup.slug}/contract` ? jsonResponse(200, contract) : undefined;
  return renderWithProviders(<></>, {
    path: `/groepen/${exampleGroup.slug}`,
    routes: [loggedIn, contractRoute, groupApi({ myGroups })],
    tree: (
      <Routes>
        <Route path="/groepen/:ref" element={<GroupPage />} />
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    ),
  });
}

const asMember: MyGroup[] = [{ group: exampleGroup, role: 'member', joined_at: '2026-11-25T09:00:00Z' }];
const asCoordinator: MyGroup[] = [{ group: exampleGroup, role: 'coordinator', joined_at: '2025-01-01T09:00:00Z' }];

describe('ForMembers on the group page', () => {
  it('leads a new member to the contract they still have to agree to, next to the group links', async () => {
    renderGroupPage(asMember, overview());

    const block = await screen.findByRole('region', { name: t.heading });
    // The contract is asked for once the membership is known: two round trips on a busy machine.
    expect(await within(block).findByText(t.agreeText(1), {}, { timeout: 3000 })).toBeInTheDocument();
    expect(within(block).getByRole('link', { name: t.agreeLink })).toHaveAttribute(
      'href',
      `/groepen/${exampleGroup.slug}/groepsafspraken`,
    );
    expect(within(block).getByRole('link', { name: t.contract })).toHaveAttribute('href', `/groepen/${exampleGroup.slug}/groepsafspraken`);
    expect(within(block).getByRole('link', { name: t.health })).toHaveAttribute('href', `/groepen/${exampleGroup.slug}/groepscheck`);
    expect(within(block).getByRole('link', { name: t.evaluation })).toHaveAttribute('href', `/groepen/${exampleGroup.slug}/jaarevaluatie`);
  });

  it('has no notice once the member agreed', async () => {
    const { requests } = renderGroupPage(asMember, overview(agreedByMe));
    const block = await screen.findByRole('region', { name: t.heading });
    expect(await within(block).findByRole('link', { name: t.health })).toBeInTheDocument();
    // Let the contract answer arrive before checking that nothing is asked.
    await waitFor(() => expect(requests.some((request) => path(request).endsWith('/contract'))).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(within(block).queryByText(t.agreeTitle)).not.toBeInTheDocument();
  });

  it('asks a coordinator to write the contract when there is none', async () => {
    renderGroupPage(asCoordinator, overview({ current: null, agreement_required: false, agreements: [] }));
    const block = await screen.findByRole('region', { name: t.heading });
    expect(await within(block).findByRole('link', { name: t.noContractLink }, { timeout: 3000 })).toBeInTheDocument();
  });

  it('is not there for people outside the group', async () => {
    renderGroupPage([], overview());
    expect(await screen.findByRole('heading', { level: 1, name: exampleGroup.name })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: t.heading })).not.toBeInTheDocument();
  });
});
