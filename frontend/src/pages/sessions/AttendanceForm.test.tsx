import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderWithProviders } from '../../test/renderWithProviders';
import { exampleMember } from '../../test/fixtures';
import { sessionsNl } from '../../i18n/nl';
import { loggedIn, path } from '../groups/testFixtures';
import { AttendanceForm, initialPresent } from './AttendanceForm';
import { attendanceList, people, SESSION_ID } from './testFixtures';
import type { AttendanceList } from './types';

const t = sessionsNl.attendance;

function renderForm(list: AttendanceList, sent: unknown[] = [], onSaved = vi.fn()) {
  renderWithProviders(<AttendanceForm sessionId={SESSION_ID} list={list} currentUserId={exampleMember.id} onSaved={onSaved} />, {
    routes: [
      loggedIn,
      (request) => {
        if (request.method === 'PUT' && path(request) === `/api/v1/sessions/${SESSION_ID}/attendance`) {
          return request.json().then((body: { present_member_ids: string[] }) => {
            sent.push(body);
            return jsonResponse(200, {
              ...list,
              recorded: true,
              recorded_at: '2026-12-01T21:00:00Z',
              present_count: body.present_member_ids.length,
            });
          });
        }
        return undefined;
      },
    ],
  });
  return onSaved;
}

describe('AttendanceForm', () => {
  it('starts with everyone who said they would come ticked, and says what each had answered', () => {
    renderForm(attendanceList());
    const group = screen.getByRole('group', { name: t.legend });
    expect(group).toHaveAccessibleDescription(t.legendHint);
    expect(screen.getByRole('checkbox', { name: /An de Vries/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Peter Jansen/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Fatima el Amrani/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Fatima el Amrani/ })).toHaveAccessibleDescription(t.rsvpAbsent);
    expect(screen.getByRole('checkbox', { name: /Joost de Boer/ })).toHaveAccessibleDescription(t.rsvpNone);
    expect(screen.getByText(t.selected(2, 4))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: t.submitFirst })).toBeInTheDocument();
  });

  it('sends the ticked members in the order of the list', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const onSaved = renderForm(attendanceList(), sent);
    await user.click(screen.getByRole('checkbox', { name: /Joost de Boer/ }));
    await user.click(screen.getByRole('checkbox', { name: /Peter Jansen/ }));
    expect(screen.getByText(t.selected(2, 4))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t.submitFirst }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent).toEqual([{ present_member_ids: [people.me.id, people.joost.id] }]);
  });

  it('refuses an empty list and explains what to do instead', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    renderForm(attendanceList(), sent);
    await user.click(screen.getByRole('checkbox', { name: /An de Vries/ }));
    await user.click(screen.getByRole('checkbox', { name: /Peter Jansen/ }));
    await user.click(screen.getByRole('button', { name: t.submitFirst }));
    expect(screen.getByRole('alert')).toHaveTextContent(t.noneSelected);
    expect(sent).toEqual([]);
  });

  it('starts from the recorded list when updating, and warns that unticking drops a confirmation', () => {
    const list = attendanceList({
      recorded: true,
      recorded_at: '2026-12-01T21:00:00Z',
      recorded_by: people.peter,
      present_count: 1,
      confirmed_count: 1,
      entries: [
        { member: people.joost, present: true, confirmed_at: '2026-12-01T21:30:00Z', rsvp: null },
        { member: people.me, present: false, confirmed_at: null, rsvp: 'present' },
      ],
    });
    expect(initialPresent(list)).toEqual([people.joost.id]);
    renderForm(list);
    expect(screen.getByRole('checkbox', { name: /Joost de Boer/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /An de Vries/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Joost de Boer/ })).toHaveAccessibleDescription(
      `${t.rsvpNone} ${t.confirmedHint('1 december 2026 om 22:30')}`,
    );
    expect(screen.getByRole('button', { name: t.submitAgain })).toBeInTheDocument();
  });
});
