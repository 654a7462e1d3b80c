import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, act, screen, waitFor, within } from '@testing-library/react';
import { SiteHeader } from '../../components/SiteHeader';
import { renderWithProviders } from '../../test/renderWithProviders';
import { adminNl, nl, notificationsNl } from '../../i18n/nl';
import { POLL_INTERVAL_MS } from './notificationsApi';
import { adminMember, inboxApi, loggedInAs, notification, path } from './testFixtures';

// The first render waits for the session to be restored; give a busy test run some slack.
configure({ asyncUtilTimeout: 5000 });

const t = notificationsNl.bell;

function header() {
  return screen.getByRole('navigation', { name: nl.layout.mainNavLabel });
}

function unreadRequests(requests: Request[]) {
  return requests.filter(
    (request) => path(request) === '/api/v1/me/notifications' && new URL(request.url).searchParams.get('unread_only') === 'true',
  );
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
}

afterEach(() => {
  vi.useRealTimers();
  // Back to jsdom's own getter.
  delete (document as unknown as Record<string, unknown>).visibilityState;
});

describe('NotificationBell', () => {
  it('says how many notifications are unread, in its name and in the badge', async () => {
    const inbox = inboxApi([notification('n1'), notification('n2'), notification('n3'), notification('n4', { read_at: '2026-11-24T10:00:00Z' })]);
    const { requests } = renderWithProviders(<SiteHeader />, { routes: [loggedInAs(), inbox.route] });

    const bell = await screen.findByRole('link', { name: 'Meldingen, 3 ongelezen' });
    expect(bell).toHaveAttribute('href', '/meldingen');
    expect(within(bell).getByTestId('bell-count')).toHaveTextContent('3');
    // Only the count is asked for: one unread item per poll.
    const [first] = unreadRequests(requests);
    expect(new URL(first!.url).searchParams.get('limit')).toBe('1');
  });

  it('says so when nothing is unread, without a badge', async () => {
    const inbox = inboxApi([notification('n1', { read_at: '2026-11-24T10:00:00Z' })]);
    renderWithProviders(<SiteHeader />, { routes: [loggedInAs(), inbox.route] });

    const bell = await screen.findByRole('link', { name: t.label(0) });
    expect(bell).toHaveAccessibleName('Meldingen, geen ongelezen');
    expect(within(bell).queryByTestId('bell-count')).not.toBeInTheDocument();
  });

  it('shows 99+ in the badge for many, and the real number in the name', async () => {
    const many = Array.from({ length: 120 }, (_, index) => notification(`n${index}`));
    renderWithProviders(<SiteHeader />, { routes: [loggedInAs(), inboxApi(many).route] });

    const bell = await screen.findByRole('link', { name: 'Meldingen, 120 ongelezen' });
    expect(within(bell).getByTestId('bell-count')).toHaveTextContent('99+');
  });

  it('asks again every minute while the tab is visible, and not while it is hidden', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const inbox = inboxApi([notification('n1')]);
    const { requests } = renderWithProviders(<SiteHeader />, { routes: [loggedInAs(), inbox.route] });
    await screen.findByRole('link', { name: 'Meldingen, 1 ongelezen' });
    const before = unreadRequests(requests).length;

    inbox.state.items.unshift(notification('n2'));
    await act(() => vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Meldingen, 2 ongelezen' })).toBeInTheDocument());
    const visibleCount = unreadRequests(requests).length;
    expect(visibleCount).toBe(before + 1);

    setVisibility('hidden');
    await act(() => vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS * 3));
    expect(unreadRequests(requests)).toHaveLength(visibleCount);

    // Coming back to the tab brings the count up to date at once.
    inbox.state.items.unshift(notification('n3'));
    setVisibility('visible');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Meldingen, 3 ongelezen' })).toBeInTheDocument());
  });

  it('is not there for visitors, and admins also get the Beheer link', async () => {
    const { unmount } = renderWithProviders(<SiteHeader />);
    expect(await screen.findByRole('link', { name: nl.layout.login })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Meldingen/ })).not.toBeInTheDocument();
    unmount();

    renderWithProviders(<SiteHeader />, { routes: [loggedInAs(adminMember), inboxApi([]).route] });
    expect(await within(header()).findByRole('link', { name: adminNl.layout.admin })).toHaveAttribute('href', '/beheer');
    expect(within(header()).getByRole('link', { name: /^Meldingen/ })).toBeInTheDocument();
  });

  it('leaves out the Beheer link for members who are not admins', async () => {
    renderWithProviders(<SiteHeader />, { routes: [loggedInAs(), inboxApi([]).route] });
    await within(header()).findByRole('link', { name: t.label(0) });
    expect(within(header()).queryByRole('link', { name: adminNl.layout.admin })).not.toBeInTheDocument();
  });
});
