import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { GroupPage } from './GroupPage';
import { jsonResponse, LocationProbe, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { exampleMember } from '../../test/fixtures';
import { groupsNl } from '../../i18n/nl';
import { exampleGroup, fullGroup, groupApi, joinRequest, loggedIn, path } from './testFixtures';
import type { GroupPublic } from './types';

const t = groupsNl.join;

function renderGroup(routes: FakeRoute[], group: GroupPublic = exampleGroup) {
  return renderWithProviders(<></>, {
    path: `/groepen/${group.slug}`,
    routes,
    tree: (
      <Routes>
        <Route path="/groepen/:ref" element={<GroupPage />} />
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    ),
  });
}

async function actionArea() {
  return screen.findByRole('region', { name: /Aanmelden|Je lidmaatschap/ });
}

describe('GroupPage', () => {
  it('shows what a seeker needs to know, without an address', async () => {
    renderGroup([groupApi()]);

    expect(await screen.findByRole('heading', { level: 1, name: exampleGroup.name })).toBeInTheDocument();
    expect(screen.getAllByText('2 plekken vrij').length).toBeGreaterThan(0);
    expect(screen.getByText('Dinsdagavond')).toBeInTheDocument();
    expect(screen.getByText('6 keer per jaar')).toBeInTheDocument();
    expect(screen.getByText('2 uur')).toBeInTheDocument();
    expect(screen.getByText('Getrainde intervisor')).toBeInTheDocument();
    expect(screen.getByText('Jeugdzorgwerkers')).toBeInTheDocument();
    expect(screen.getByText('SKJ')).toBeInTheDocument();
    expect(screen.getByText(groupsNl.group.whereHint)).toBeInTheDocument();
  });

  it('asks visitors to log in, with a way back to the group', async () => {
    renderGroup([groupApi()]);

    const area = await actionArea();
    const login = await within(area).findByRole('link', { name: t.loginLink });
    expect(login).toHaveAttribute('href', '/inloggen');
    expect(within(area).queryByLabelText(t.motivation)).not.toBeInTheDocument();
  });

  it('lets a member without a request join, and shows the request afterwards', async () => {
    const user = userEvent.setup();
    let requests: ReturnType<typeof joinRequest>[] = [];
    const posted: unknown[] = [];
    const { requests: sent } = renderGroup([
      loggedIn,
      (request) => {
        if (request.method === 'POST' && path(request) === `/api/v1/groups/${exampleGroup.id}/join-requests`) {
          return request.json().then((body: unknown) => {
            posted.push(body);
            requests = [joinRequest()];
            return jsonResponse(201, requests[0]);
          });
        }
        return undefined;
      },
      (request) => groupApi({ myRequests: requests })(request),
    ]);

    const area = await actionArea();
    const motivation = await within(area).findByLabelText(t.motivation);
    expect(within(area).getByText(t.counter(0, 1000))).toBeInTheDocument();

    await user.click(within(area).getByRole('button', { name: t.submit }));
    expect(motivation).toHaveAccessibleDescription(`${t.motivationHint} ${t.motivationRequired} ${t.counter(0, 1000)}`);
    expect(sent.some((request) => path(request).endsWith('/join-requests') && request.method === 'POST')).toBe(false);

    await user.type(motivation, 'Ik zoek een vaste groep dichtbij.');
    expect(within(area).getByText(t.counter(33, 1000))).toBeInTheDocument();
    await user.click(within(area).getByRole('button', { name: t.submit }));

    expect(await within(area).findByText(t.pending)).toBeInTheDocument();
    expect(within(area).getByRole('status')).toHaveTextContent(t.sent);
    expect(posted).toEqual([{ motivation: 'Ik zoek een vaste groep dichtbij.' }]);
    expect(within(area).getByRole('button', { name: t.withdraw })).toBeInTheDocument();
  });

  it('explains the waitlist when the group is full', async () => {
    renderGroup([loggedIn, groupApi({ group: fullGroup })], fullGroup);

    const area = await actionArea();
    expect(await within(area).findByText(t.fullIntro)).toBeInTheDocument();
    expect(within(area).getByText(t.waitlistNow(3))).toBeInTheDocument();
    expect(within(area).getByRole('button', { name: t.submitWaitlist })).toBeInTheDocument();
  });

  it('shows the place on the waitlist', async () => {
    renderGroup([
      loggedIn,
      groupApi({ group: fullGroup, myRequests: [joinRequest({ status: 'waitlisted', waitlist_position: 2 })] }),
    ], fullGroup);

    const area = await actionArea();
    expect(await within(area).findByText('Je staat op de wachtlijst, op plek 2.')).toBeInTheDocument();
    expect(within(area).getByRole('button', { name: t.withdraw })).toBeInTheDocument();
    expect(within(area).queryByRole('button', { name: t.acceptOffer })).not.toBeInTheDocument();
    expect(within(area).queryByLabelText(t.motivation)).not.toBeInTheDocument();
  });

  it('lets someone take an offered spot', async () => {
    const user = userEvent.setup();
    let accepted = false;
    const offered = joinRequest({ status: 'offered', offered_at: '2026-11-24T09:00:00Z' });
    renderGroup([
      loggedIn,
      (request) => {
        if (request.method === 'POST' && path(request) === `/api/v1/join-requests/${offered.id}/accept-offer`) {
          accepted = true;
          return jsonResponse(200, { ...offered, status: 'accepted' });
        }
        if (path(request) === `/api/v1/groups/${exampleGroup.id}/members`) {
          return jsonResponse(200, [
            { member_id: exampleMember.id, full_name: exampleMember.full_name, role: 'member', joined_at: '2026-11-25T09:00:00Z' },
          ]);
        }
        return undefined;
      },
      (request) =>
        groupApi({
          myRequests: accepted ? [{ ...offered, status: 'accepted' }] : [offered],
          myGroups: accepted ? [{ group: exampleGroup, role: 'member', joined_at: '2026-11-25T09:00:00Z' }] : [],
        })(request),
    ]);

    const area = await actionArea();
    expect(await within(area).findByText(t.offered)).toBeInTheDocument();
    await user.click(within(area).getByRole('button', { name: t.acceptOffer }));

    expect(await screen.findByRole('heading', { level: 2, name: t.memberHeading })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(t.offerAccepted)).toBeInTheDocument());
    expect(accepted).toBe(true);
  });

  it('shows a declined request with the coordinator’s message and lets them apply again', async () => {
    renderGroup([
      loggedIn,
      groupApi({ myRequests: [joinRequest({ status: 'declined', response_message: 'De groep zoekt nu iemand uit Zeist.' })] }),
    ]);

    const area = await actionArea();
    expect(await within(area).findByText(t.declined)).toBeInTheDocument();
    expect(within(area).getByText('De groep zoekt nu iemand uit Zeist.')).toBeInTheDocument();
    expect(within(area).getByLabelText(t.motivation)).toBeInTheDocument();
  });

  it('shows members the member list and a way to leave; coordinators get the management links', async () => {
    const user = userEvent.setup();
    renderGroup([
      loggedIn,
      (request) => {
        if (path(request) === `/api/v1/groups/${exampleGroup.id}/members`) {
          return jsonResponse(200, [
            { member_id: exampleMember.id, full_name: exampleMember.full_name, role: 'coordinator', joined_at: '2025-01-01T09:00:00Z' },
            { member_id: 'm2', full_name: 'Bram de Boer', role: 'member', joined_at: '2025-02-01T09:00:00Z' },
          ]);
        }
        if (path(request) === `/api/v1/groups/${exampleGroup.id}/join-requests`) return jsonResponse(200, [{ id: 'r1' }]);
        return undefined;
      },
      groupApi({ myGroups: [{ group: exampleGroup, role: 'coordinator', joined_at: '2025-01-01T09:00:00Z' }] }),
    ]);

    const area = await actionArea();
    expect(await within(area).findByText(t.member('Coördinator'))).toBeInTheDocument();
    expect(await within(area).findByText('Bram de Boer')).toBeInTheDocument();
    expect(within(area).getByText('Lid')).toBeInTheDocument();
    expect(await within(area).findByRole('link', { name: t.manageRequestsCount(1) })).toHaveAttribute(
      'href',
      `/groepen/${exampleGroup.slug}/aanmeldingen`,
    );
    expect(within(area).getByRole('link', { name: t.editGroup })).toHaveAttribute('href', `/groepen/${exampleGroup.slug}/bewerken`);

    await user.click(within(area).getByRole('button', { name: t.leave }));
    const dialog = screen.getByRole('dialog', { name: t.leaveConfirmTitle });
    expect(within(dialog).getByRole('button', { name: groupsNl.dialog.cancel })).toHaveFocus();
  });
});
