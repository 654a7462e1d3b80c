import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderWithProviders } from '../../test/renderWithProviders';
import { sessionsNl } from '../../i18n/nl';
import { loggedIn, path } from '../groups/testFixtures';
import { RsvpControl } from './RsvpControl';
import { exampleSession, SESSION_ID } from './testFixtures';
import type { SessionPublic } from './types';

const t = sessionsNl.rsvp;
const BEFORE = new Date('2026-11-20T10:00:00Z');
const DURING = new Date('2026-12-01T19:00:00Z');

function renderControl(session: SessionPublic, now: Date = BEFORE, sent: unknown[] = []) {
  return renderWithProviders(<RsvpControl session={session} now={now} />, {
    routes: [
      loggedIn,
      (request) => {
        if (request.method === 'PUT' && path(request) === `/api/v1/sessions/${SESSION_ID}/response`) {
          return request.json().then((body: { answer: 'present' | 'absent'; reason: string | null }) => {
            sent.push(body);
            return jsonResponse(200, {
              ...session,
              my_response: { answer: body.answer, reason: body.reason, responded_at: '2026-11-20T10:00:01Z' },
            });
          });
        }
        return undefined;
      },
    ],
  });
}

const group = () => screen.getByRole('group', { name: 'Kom je op dinsdag 1 december 2026?' });

describe('RsvpControl', () => {
  it('asks a member who has not answered, with neither button pressed', () => {
    renderControl(exampleSession());
    expect(screen.getByText(t.stateNone)).toBeInTheDocument();
    expect(within(group()).getByRole('button', { name: t.yes })).toHaveAttribute('aria-pressed', 'false');
    expect(within(group()).getByRole('button', { name: t.no })).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows "Ik kom" pressed when the member comes', () => {
    renderControl(exampleSession({ my_response: { answer: 'present', reason: null, responded_at: '2026-11-19T10:00:00Z' } }));
    expect(screen.getByText(t.statePresent)).toBeInTheDocument();
    expect(within(group()).getByRole('button', { name: t.yes })).toHaveAttribute('aria-pressed', 'true');
    expect(within(group()).getByRole('button', { name: t.no })).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows "Ik kom niet" pressed with the reason when the member does not come', () => {
    renderControl(
      exampleSession({ my_response: { answer: 'absent', reason: 'Oudergesprek op school', responded_at: '2026-11-19T10:00:00Z' } }),
    );
    expect(screen.getByText(t.stateAbsent)).toBeInTheDocument();
    expect(screen.getByText('Oudergesprek op school')).toBeInTheDocument();
    expect(within(group()).getByRole('button', { name: t.no })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says "Ik kom" with one click and announces it', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    renderControl(exampleSession(), BEFORE, sent);
    await user.click(within(group()).getByRole('button', { name: t.yes }));
    expect(await screen.findByRole('status')).toHaveTextContent(t.savedPresent);
    expect(sent).toEqual([{ answer: 'present', reason: null }]);
  });

  it('asks for an optional reason before sending "Ik kom niet"', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    renderControl(exampleSession(), BEFORE, sent);
    const no = within(group()).getByRole('button', { name: t.no });
    await user.click(no);
    expect(no).toHaveAttribute('aria-expanded', 'true');
    const reason = screen.getByLabelText(new RegExp(t.reason));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining(t.reasonHint));
    expect(sent).toEqual([]);

    await user.type(reason, '  Ziek kind thuis ');
    await user.click(screen.getByRole('button', { name: t.sendAbsent }));
    expect(await screen.findByRole('status')).toHaveTextContent(t.savedAbsent);
    expect(sent).toEqual([{ answer: 'absent', reason: 'Ziek kind thuis' }]);
    expect(screen.queryByLabelText(new RegExp(t.reason))).not.toBeInTheDocument();
  });

  it('shows the API refusal, for example when the session has just started', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RsvpControl session={exampleSession()} now={BEFORE} />, {
      routes: [
        loggedIn,
        (request) =>
          request.method === 'PUT'
            ? jsonResponse(409, {
                type: 'about:blank',
                title: 'Conflict',
                status: 409,
                detail: 'Deze bijeenkomst is al begonnen; aan- of afmelden kan niet meer.',
              })
            : undefined,
      ],
    });
    await user.click(within(group()).getByRole('button', { name: t.yes }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze bijeenkomst is al begonnen');
  });

  it('only tells what was answered once the session has started', () => {
    renderControl(exampleSession({ my_response: { answer: 'present', reason: null, responded_at: '2026-11-19T10:00:00Z' } }), DURING);
    expect(screen.getByText(t.pastPresent)).toBeInTheDocument();
    expect(screen.getByText(t.closedStarted)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers nothing for a cancelled session', () => {
    renderControl(exampleSession({ status: 'cancelled', cancel_reason: 'Te weinig aanmeldingen' }));
    expect(screen.getByText(t.closedCancelled)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('names the session in the buttons of a compact list', () => {
    renderWithProviders(<RsvpControl session={exampleSession()} now={BEFORE} compact showGroup />, { routes: [loggedIn] });
    expect(
      screen.getByRole('button', { name: `${t.yes} (dinsdag 1 december 2026, Intervisiegroep Amersfoort)` }),
    ).toBeInTheDocument();
  });
});
