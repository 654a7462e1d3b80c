import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { ManageRequestsPage, sortRequests } from './ManageRequestsPage';
import { jsonResponse, renderWithProviders } from '../../test/renderWithProviders';
import { exampleMember } from '../../test/fixtures';
import { groupsNl } from '../../i18n/nl';
import { exampleGroup, groupApi, loggedIn, path } from './testFixtures';
import type { JoinRequestForCoordinator } from './types';

const t = groupsNl.manage;

function request(id: string, name: string, overrides: Partial<JoinRequestForCoordinator> = {}): JoinRequestForCoordinator {
  return {
    id,
    status: 'pending',
    motivation: `Motivatie van ${name}.`,
    response_message: null,
    waitlist_position: null,
    created_at: '2026-11-20T09:00:00Z',
    offered_at: null,
    decided_at: null,
    requester: {
      id: `m-${id}`,
      full_name: name,
      kind: 'gezinshuisouder',
      employment_form: 'loondienst',
      years_experience: 3,
      province: 'utrecht',
    },
    ...overrides,
  };
}

const requests = [
  request('w2', 'Wachtende Twee', { status: 'waitlisted', waitlist_position: 2, created_at: '2026-11-02T09:00:00Z' }),
  request('o1', 'Aangeboden Een', { status: 'offered', offered_at: '2026-11-24T09:00:00Z' }),
  request('p2', 'Nieuw Twee', { created_at: '2026-11-22T09:00:00Z' }),
  request('w1', 'Wachtende Een', { status: 'waitlisted', waitlist_position: 1, created_at: '2026-11-01T09:00:00Z' }),
  request('p1', 'Nieuw Een', { created_at: '2026-11-21T09:00:00Z' }),
];

describe('sortRequests', () => {
  it('puts pending requests first, then the waitlist in order, then offered spots', () => {
    const sorted = sortRequests(requests);
    expect(sorted.pending.map((r) => r.id)).toEqual(['p1', 'p2']);
    expect(sorted.waitlisted.map((r) => r.id)).toEqual(['w1', 'w2']);
    expect(sorted.offered.map((r) => r.id)).toEqual(['o1']);
  });
});

describe('ManageRequestsPage', () => {
  it('shows requests with requester details and accepts one with a message', async () => {
    const user = userEvent.setup();
    let open = requests;
    const decisions: unknown[] = [];
    renderWithProviders(<></>, {
      path: `/groepen/${exampleGroup.slug}/aanmeldingen`,
      tree: (
        <Routes>
          <Route path="/groepen/:ref/aanmeldingen" element={<ManageRequestsPage />} />
        </Routes>
      ),
      routes: [
        loggedIn,
        (req) => {
          if (path(req) === `/api/v1/groups/${exampleGroup.id}/join-requests`) return jsonResponse(200, open);
          if (path(req) === `/api/v1/groups/${exampleGroup.id}/members`) {
            return jsonResponse(200, [
              { member_id: exampleMember.id, full_name: exampleMember.full_name, role: 'coordinator', joined_at: '2025-01-01T09:00:00Z' },
            ]);
          }
          if (req.method === 'POST' && path(req) === '/api/v1/join-requests/p1/accept') {
            return req.json().then((body: unknown) => {
              decisions.push(body);
              open = open.filter((r) => r.id !== 'p1');
              return jsonResponse(200, { ...requests[4], status: 'accepted' });
            });
          }
          return undefined;
        },
        groupApi(),
      ],
    });

    const headings = await screen.findAllByRole('heading', { level: 4 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      'Nieuw Een',
      'Nieuw Twee',
      'Wachtende Een',
      'Wachtende Twee',
      'Aangeboden Een',
    ]);
    const card = screen.getByRole('article', { name: 'Nieuw Een' });
    expect(within(card).getByText('In loondienst van een zorgaanbieder')).toBeInTheDocument();
    expect(within(card).getByText('Motivatie van Nieuw Een.')).toBeInTheDocument();
    expect(within(screen.getByRole('article', { name: 'Wachtende Twee' })).getByText(/Plek 2 op de wachtlijst/)).toBeInTheDocument();
    // An offered spot waits for the requester; the coordinator can only withdraw it.
    const offered = screen.getByRole('article', { name: 'Aangeboden Een' });
    expect(within(offered).queryByRole('button', { name: /Aannemen/ })).not.toBeInTheDocument();

    await user.type(within(card).getByLabelText(t.message, { exact: false }), 'Welkom! We zien je dinsdag.');
    await user.click(within(card).getByRole('button', { name: `${t.accept} (Nieuw Een)` }));

    await waitFor(() => expect(screen.getByText(t.accepted('Nieuw Een'))).toBeInTheDocument());
    expect(decisions).toEqual([{ message: 'Welkom! We zien je dinsdag.' }]);
    expect(screen.queryByRole('article', { name: 'Nieuw Een' })).not.toBeInTheDocument();
  });
});
