import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { EditGroupPage } from './GroupFormPage';
import { jsonResponse, LocationProbe, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { groupsNl } from '../../i18n/nl';
import { exampleGroup, groupApi, loggedIn, path } from './testFixtures';

const t = groupsNl.form;
const coordinator = [{ group: exampleGroup, role: 'coordinator' as const, joined_at: '2025-01-01T09:00:00Z' }];

function renderEdit(routes: FakeRoute[]) {
  return renderWithProviders(<></>, {
    path: `/groepen/${exampleGroup.slug}/bewerken`,
    routes,
    tree: (
      <Routes>
        <Route path="/groepen/:ref/bewerken" element={<EditGroupPage />} />
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    ),
  });
}

describe('EditGroupPage', () => {
  it('sends only the changes with If-Match, and explains a 412 with a way to reload', async () => {
    const user = userEvent.setup();
    let version = 1;
    const patches: { ifMatch: string | null; body: unknown }[] = [];
    renderEdit([
      loggedIn,
      (request) => {
        if (request.method === 'PATCH' && path(request) === `/api/v1/groups/${exampleGroup.id}`) {
          const ifMatch = request.headers.get('If-Match');
          return request.json().then((body: unknown) => {
            patches.push({ ifMatch, body });
            return jsonResponse(412, {
              type: 'about:blank',
              title: 'Gewijzigd',
              status: 412,
              detail: 'Iemand anders heeft deze groep intussen gewijzigd.',
            });
          });
        }
        if (request.method === 'GET' && path(request) === `/api/v1/groups/${exampleGroup.id}`) {
          version = 2;
          return new Response(JSON.stringify({ ...exampleGroup, size_max: 10 }), {
            status: 200,
            headers: { 'Content-Type': 'application/json', ETag: '"abc-2"' },
          });
        }
        return undefined;
      },
      groupApi({ myGroups: coordinator }),
    ]);

    const sizeMax = await screen.findByLabelText(t.sizeMax);
    expect(sizeMax).toHaveValue('8');
    await user.clear(sizeMax);
    await user.type(sizeMax, '9');
    await user.click(screen.getByRole('button', { name: t.submitEdit }));

    const conflict = await screen.findByRole('region', { name: t.conflictTitle });
    await waitFor(() => expect(conflict).toHaveFocus());
    expect(patches).toEqual([{ ifMatch: '"abc-1"', body: { size_max: 9 } }]);

    await user.click(within(conflict).getByRole('button', { name: t.reload }));
    await waitFor(() => expect(screen.getByLabelText(t.sizeMax)).toHaveValue('10'));
    expect(version).toBe(2);
    expect(screen.queryByRole('region', { name: t.conflictTitle })).not.toBeInTheDocument();
    expect(screen.getByText(t.reloaded)).toBeInTheDocument();
  });

  it('tells members who are not the coordinator that they cannot edit', async () => {
    renderEdit([loggedIn, groupApi({ myGroups: [{ ...coordinator[0]!, role: 'member' }] })]);
    expect(await screen.findByText(t.notCoordinator)).toBeInTheDocument();
    expect(screen.queryByLabelText(t.name)).not.toBeInTheDocument();
  });
});
