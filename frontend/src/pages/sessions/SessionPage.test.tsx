import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { jsonResponse, LocationProbe, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { exampleMember } from '../../test/fixtures';
import { sessionsNl } from '../../i18n/nl';
import { exampleGroup, loggedIn, path } from '../groups/testFixtures';
import type { GroupRole, MyGroup } from '../groups/types';
import { SessionPage } from './SessionPage';
import { attendanceList, exampleSession, people, SESSION_ID } from './testFixtures';
import type { AttendanceList, SessionPublic } from './types';

const s = sessionsNl.session;
const a = sessionsNl.attendance;

function myGroups(role: GroupRole): MyGroup[] {
  return [{ group: exampleGroup, role, joined_at: '2025-01-01T10:00:00Z' }];
}

function api(session: SessionPublic, role: GroupRole, list: AttendanceList = attendanceList()): FakeRoute {
  return (request) => {
    const url = path(request);
    if (url === '/api/v1/me/groups') return jsonResponse(200, myGroups(role));
    if (url === `/api/v1/sessions/${SESSION_ID}` && request.method === 'GET') return jsonResponse(200, session);
    if (url === `/api/v1/sessions/${SESSION_ID}/responses`) {
      return jsonResponse(200, {
        present: [{ member: people.peter, answer: 'present', reason: null, responded_at: '2026-11-20T10:00:00Z' }],
        absent: [{ member: people.fatima, answer: 'absent', reason: role === 'coordinator' ? 'Ziek' : null, responded_at: '2026-11-20T10:00:00Z' }],
        unanswered: [people.joost],
      });
    }
    if (url === `/api/v1/sessions/${SESSION_ID}/attendance`) return jsonResponse(200, list);
    if (url === `/api/v1/sessions/${SESSION_ID}/attendance/audit`) {
      return jsonResponse(200, {
        items: [{ at: '2026-12-01T21:00:00Z', action: 'marked_present', member: people.joost, actor: people.me }],
        total: 1,
        limit: 100,
        offset: 0,
      });
    }
    return undefined;
  };
}

function renderPage(routes: FakeRoute[]) {
  return renderWithProviders(<></>, {
    path: `/bijeenkomsten/${SESSION_ID}`,
    routes: [loggedIn, ...routes],
    tree: (
      <Routes>
        <Route path="/bijeenkomsten/:id" element={<SessionPage />} />
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    ),
  });
}

describe('SessionPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a member when and where and lets them answer, without the coordinator tools', async () => {
    vi.setSystemTime(new Date('2026-11-20T10:00:00Z'));
    renderPage([api(exampleSession(), 'member')]);

    expect(await screen.findByRole('heading', { level: 1, name: s.heading('dinsdag 1 december 2026') })).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: s.factsHeading });
    expect(within(facts).getByText('Bij Ans thuis')).toBeInTheDocument();
    expect(within(facts).getByText(s.whereHint)).toBeInTheDocument();
    expect(within(facts).getByText('Incidentmethode')).toBeInTheDocument();
    expect(within(facts).getByRole('button', { name: s.addToCalendar })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: sessionsNl.rsvp.question })).toBeInTheDocument();

    const who = screen.getByRole('region', { name: s.whoHeading });
    expect(await within(who).findByText('Peter Jansen')).toBeInTheDocument();
    expect(within(who).queryByText(/Ziek/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: s.edit })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: a.heading })).not.toBeInTheDocument();
  });

  it('lets a coordinator record attendance after the start and shows the audit trail', async () => {
    vi.setSystemTime(new Date('2026-12-01T21:00:00Z'));
    const user = userEvent.setup();
    let list = attendanceList();
    const sent: unknown[] = [];
    renderPage([
      (request) => {
        if (request.method === 'PUT' && path(request) === `/api/v1/sessions/${SESSION_ID}/attendance`) {
          return request.json().then((body: { present_member_ids: string[] }) => {
            sent.push(body);
            list = attendanceList({
              recorded: true,
              recorded_at: '2026-12-01T21:00:00Z',
              recorded_by: people.me,
              present_count: body.present_member_ids.length,
              entries: list.entries.map((entry) => ({ ...entry, present: body.present_member_ids.includes(entry.member.id) })),
            });
            return jsonResponse(200, list);
          });
        }
        return undefined;
      },
      (request) => api(exampleSession(), 'coordinator', list)(request),
    ]);

    const attendance = await screen.findByRole('region', { name: a.heading });
    expect(await within(attendance).findByText(a.notRecordedYet)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: sessionsNl.rsvp.questionPast })).toHaveTextContent(sessionsNl.rsvp.pastNone);
    expect(await within(attendance).findByText(a.auditMarkedPresent(exampleMember.full_name, 'Joost de Boer'))).toBeInTheDocument();

    await user.click(within(attendance).getByRole('button', { name: a.submitFirst }));
    expect(sent).toEqual([{ present_member_ids: [people.me.id, people.peter.id] }]);
    expect(await screen.findByText(a.saved(2))).toBeInTheDocument();
    const present = await within(attendance).findByRole('list', { name: a.listLabel });
    expect(within(present).getAllByRole('listitem')).toHaveLength(2);
    expect(within(attendance).getByRole('button', { name: a.pdf })).toBeInTheDocument();
    expect(within(attendance).getByRole('button', { name: a.edit })).toHaveAttribute('aria-expanded', 'false');
  });

  it('asks a member on the list to confirm, and shows when they did', async () => {
    vi.setSystemTime(new Date('2026-12-02T09:00:00Z'));
    const user = userEvent.setup();
    let confirmedAt: string | null = null;
    const recorded = attendanceList({
      recorded: true,
      recorded_at: '2026-12-01T21:00:00Z',
      recorded_by: people.peter,
      present_count: 1,
      entries: [{ member: people.me, present: true, confirmed_at: null, rsvp: 'present' }],
    });
    renderPage([
      (request) => {
        if (request.method === 'POST' && path(request) === `/api/v1/sessions/${SESSION_ID}/attendance/confirm`) {
          confirmedAt = '2026-12-02T09:00:00Z';
          return jsonResponse(200, { present: true, confirmed_at: confirmedAt });
        }
        return undefined;
      },
      (request) =>
        api(
          exampleSession({ status: 'held', attendance_recorded: true, my_attendance: { present: true, confirmed_at: confirmedAt } }),
          'member',
          recorded,
        )(request),
    ]);

    const attendance = await screen.findByRole('region', { name: a.heading });
    expect(within(attendance).getByText(a.confirmIntro)).toBeInTheDocument();
    await user.click(within(attendance).getByRole('button', { name: a.confirm }));
    expect(await within(attendance).findByText(new RegExp(a.confirmed('2 december 2026 om 10:00')))).toBeInTheDocument();
    expect(within(attendance).queryByRole('button', { name: a.confirm })).not.toBeInTheDocument();
    expect(within(attendance).queryByRole('group', { name: a.legend })).not.toBeInTheDocument();
  });

  it('says so when the session is not there or not for this member', async () => {
    vi.setSystemTime(new Date('2026-11-20T10:00:00Z'));
    renderPage([
      (request) =>
        path(request) === `/api/v1/sessions/${SESSION_ID}`
          ? jsonResponse(404, {
              type: 'about:blank',
              title: 'Niet gevonden',
              status: 404,
              detail: 'Deze bijeenkomst bestaat niet of je hebt er geen toegang toe.',
            })
          : undefined,
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: s.notFoundHeading })).toBeInTheDocument();
    expect(screen.getByText('Deze bijeenkomst bestaat niet of je hebt er geen toegang toe.')).toBeInTheDocument();
  });
});
