import { useInfiniteQuery, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/endpoints';
import { unwrap } from '../../api/unwrap';
import { useAuth } from '../../auth/useAuth';
import type { KindPreference, NotificationPage, NotificationPublic, ReadAllResult } from './types';

export const PAGE_SIZE = 20;
/** How often the bell asks for the unread count while the tab is visible. */
export const POLL_INTERVAL_MS = 60_000;

export const notificationKeys = {
  all: ['me', 'notifications'] as const,
  unread: ['me', 'notifications', 'unread'] as const,
  list: ['me', 'notifications', 'list'] as const,
  preferences: ['me', 'notification-preferences'] as const,
};

export function fetchNotifications(
  client: ApiClient,
  query: { limit: number; offset: number; unread_only?: boolean },
): Promise<NotificationPage> {
  return unwrap(client.GET('/api/v1/me/notifications', { params: { query } }));
}

/** Only the total still unread: one item is the smallest page the API gives. */
export async function fetchUnreadCount(client: ApiClient): Promise<number> {
  const page = await fetchNotifications(client, { limit: 1, offset: 0, unread_only: true });
  return page.unread_count;
}

export function markNotificationRead(client: ApiClient, id: string): Promise<NotificationPublic> {
  return unwrap(
    client.POST('/api/v1/me/notifications/{notification_id}/read', { params: { path: { notification_id: id } } }),
  );
}

export function markAllNotificationsRead(client: ApiClient): Promise<ReadAllResult> {
  return unwrap(client.POST('/api/v1/me/notifications/read-all'));
}

export async function fetchPreferences(client: ApiClient): Promise<KindPreference[]> {
  const body = await unwrap(client.GET('/api/v1/me/notification-preferences'));
  return body.items;
}

export async function savePreferences(client: ApiClient, items: KindPreference[]): Promise<KindPreference[]> {
  const body = await unwrap(client.PUT('/api/v1/me/notification-preferences', { body: { items } }));
  return body.items;
}

/**
 * The number on the bell. Asked again every minute, but only while the tab is visible
 * (TanStack Query skips interval fetches when the document is hidden) and once more when the
 * member comes back to the tab.
 */
export function useUnreadCount() {
  const api = useApi();
  const { status } = useAuth();
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: () => fetchUnreadCount(api),
    enabled: status === 'authenticated',
    refetchInterval: POLL_INTERVAL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    staleTime: 15_000,
  });
}

export function useNotificationList() {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: notificationKeys.list,
    queryFn: ({ pageParam }) => fetchNotifications(api, { limit: PAGE_SIZE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last) =>
      last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined,
  });
}

type ListData = InfiniteData<NotificationPage, number>;

/**
 * Shows a change to the inbox at once, before the server's answer: marks one notification
 * (or all of them) read in the cached list and lowers the count on the bell.
 */
export function useMarkReadLocally() {
  const queryClient = useQueryClient();
  return useCallback(
    (id: string | 'all') => {
      const now = new Date().toISOString();
      const list = queryClient.getQueryData<ListData>(notificationKeys.list);
      // Marking one that is not in the list (or already read) changes no count.
      const lowersBy =
        id === 'all'
          ? Infinity
          : list?.pages.some((page) => page.items.some((item) => item.id === id && item.read_at === null))
            ? 1
            : 0;
      const lower = (count: number) => (lowersBy === Infinity ? 0 : Math.max(0, count - lowersBy));
      if (list) {
        queryClient.setQueryData<ListData>(notificationKeys.list, {
          ...list,
          pages: list.pages.map((page) => ({
            ...page,
            unread_count: lower(page.unread_count),
            items: page.items.map((item) =>
              item.read_at || (id !== 'all' && item.id !== id) ? item : { ...item, read_at: now },
            ),
          })),
        });
      }
      queryClient.setQueryData<number>(notificationKeys.unread, (count) =>
        count === undefined ? count : lower(count),
      );
    },
    [queryClient],
  );
}

/**
 * After the server answered: fetch the list and the count again so both match the server.
 * Requests still on their way may predate the change, so they are cancelled first.
 */
export function useRefreshNotifications() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.cancelQueries({ queryKey: notificationKeys.all });
    await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  }, [queryClient]);
}

/** Links in notifications are paths in this app; anything else is not followed. */
export function appPath(link: string | null | undefined): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.includes('\\')) return null;
  return link;
}
