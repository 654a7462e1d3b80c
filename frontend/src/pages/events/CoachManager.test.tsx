import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CoachManager } from './CoachManager';
import { jsonResponse, renderWithProviders } from '../../test/renderWithProviders';
import { eventsNl } from '../../i18n/nl';
import { adminEvent, adminMember, EVENT_ID, loggedInAs, on, path } from './testFixtures';
import type { EventAdmin } from './types';

const t = eventsNl.coaches;

describe('CoachManager', () => {
  it('finds members and adds one as coach', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    const event: EventAdmin = { ...adminEvent, coaches: [], registered_count: 12 };
    const added: unknown[] = [];
    const { requests } = renderWithProviders(<CoachManager event={event} onDone={onDone} />, {
      routes: [
        loggedInAs(adminMember),
        (request) =>
          path(request) === '/api/v1/events/coach-candidates'
            ? jsonResponse(200, [{ id: 'm1', full_name: 'Sanne van Dam', email: 'demo@intervisiewijzer.nl', kind: 'gezinshuisouder' }])
            : undefined,
        on('POST', `/api/v1/events/${EVENT_ID}/coaches`, async (request) => {
          added.push(await request.json());
          return jsonResponse(200, {
            ...event,
            coaches: [{ member_id: 'm1', full_name: 'Sanne van Dam', kind: 'gezinshuisouder', room_number: null }],
          });
        }),
      ],
    });

    expect(screen.getByText(t.none)).toBeInTheDocument();
    expect(screen.getByText(t.needed(2, 0))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t.searchSubmit }));
    expect(screen.getByRole('searchbox', { name: new RegExp(t.search) })).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByRole('searchbox', { name: new RegExp(t.search) }), 'Sanne');
    await user.click(screen.getByRole('button', { name: t.searchSubmit }));
    const results = await screen.findByRole('list', { name: t.resultsLabel });
    expect(screen.getByRole('status')).toHaveTextContent(t.results(1));
    await user.click(within(results).getByRole('button', { name: `${t.add} (Sanne van Dam)` }));

    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(t.added('Sanne van Dam')));
    expect(added).toEqual([{ member_id: 'm1' }]);
    const asked = requests.find((request) => path(request) === '/api/v1/events/coach-candidates');
    expect(new URL(asked?.url ?? '').searchParams.get('q')).toBe('Sanne');
  });
});
