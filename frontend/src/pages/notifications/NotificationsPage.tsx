import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { nl, notificationsNl } from '../../i18n/nl';
import { formatMoment } from './format';
import {
  appPath,
  markAllNotificationsRead,
  markNotificationRead,
  notificationKeys,
  useMarkReadLocally,
  useNotificationList,
  useRefreshNotifications,
} from './notificationsApi';
import type { NotificationPublic } from './types';

const t = notificationsNl.list;

/** The member's inbox: newest first, unread ones marked; opening one marks it read. */
export function NotificationsPage() {
  useDocumentTitle(t.title);
  const api = useApi();
  const queryClient = useQueryClient();
  const list = useNotificationList();
  const markLocally = useMarkReadLocally();
  const refresh = useRefreshNotifications();
  const [flash, setFlash] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [markingAll, setMarkingAll] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const itemHeadings = useRef<(HTMLHeadingElement | null)[]>([]);
  const focusIndex = useRef<number | null>(null);

  const pages = list.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const first = pages[0];
  const total = first?.total ?? 0;
  const unread = first?.unread_count ?? 0;

  // The first page knows the true unread count: let the bell show the same number.
  useEffect(() => {
    if (first) queryClient.setQueryData(notificationKeys.unread, first.unread_count);
  }, [first, queryClient]);

  // After "load more", put focus on the first notification that was added.
  useEffect(() => {
    if (focusIndex.current === null) return;
    const heading = itemHeadings.current[focusIndex.current];
    if (heading) {
      heading.focus();
      focusIndex.current = null;
    }
  }, [items.length]);

  async function markAll() {
    setMarkingAll(true);
    setError(null);
    setFlash(null);
    try {
      const result = await markAllNotificationsRead(api);
      markLocally('all');
      setFlash(t.markedAll(result.marked_read));
      // The button disappears: keep focus on the page instead of losing it.
      requestAnimationFrame(() => headingRef.current?.focus());
      void refresh();
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setMarkingAll(false);
    }
  }

  async function markOne(notification: NotificationPublic) {
    setError(null);
    try {
      await markNotificationRead(api, notification.id);
      markLocally(notification.id);
      setFlash(t.markedOne);
      void refresh();
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    }
  }

  return (
    <>
      <div className="page-heading">
        <h1 ref={headingRef} tabIndex={-1}>
          {t.heading}
        </h1>
        {unread > 0 ? (
          <button type="button" className="button button--secondary" onClick={() => void markAll()} disabled={markingAll}>
            {markingAll ? t.markingAll : t.markAll}
          </button>
        ) : null}
      </div>
      <p className="lead">{t.intro}</p>
      <p className="notifications__settings">
        <Link to="/mijn-profiel/meldingen">{t.preferencesLink}</Link>
      </p>
      <StatusMessage message={flash} />
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {list.isPending ? <LoadingMessage>{nl.common.loading}</LoadingMessage> : null}
      {list.isError ? (
        <div className="notice notice--error" role="alert">
          <p>{t.loadFailed}</p>
          <p>{problemMessage(toApiError(list.error).problem)}</p>
          <button type="button" className="button button--secondary" onClick={() => void list.refetch()}>
            {t.retry}
          </button>
        </div>
      ) : null}
      {list.data ? <p className="notifications__summary">{t.summary(unread, total)}</p> : null}
      {list.data && items.length === 0 ? (
        <div className="card empty-state">
          <p>{t.empty}</p>
        </div>
      ) : null}
      {items.length > 0 ? (
        <ol className="notification-list" aria-label={t.listLabel}>
          {items.map((notification, index) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              headingRef={(node) => {
                itemHeadings.current[index] = node;
              }}
              onMarkRead={() => void markOne(notification)}
              onOpened={() => markLocally(notification.id)}
            />
          ))}
        </ol>
      ) : null}
      {list.hasNextPage ? (
        <div className="notifications__more">
          <p>{t.shown(items.length, total)}</p>
          <button
            type="button"
            className="button button--secondary"
            disabled={list.isFetchingNextPage}
            onClick={() => {
              focusIndex.current = items.length;
              void list.fetchNextPage();
            }}
          >
            {list.isFetchingNextPage ? t.loadingMore : t.more}
          </button>
        </div>
      ) : null}
    </>
  );
}

function NotificationItem({
  notification,
  headingRef,
  onMarkRead,
  onOpened,
}: {
  notification: NotificationPublic;
  headingRef: (node: HTMLHeadingElement | null) => void;
  onMarkRead: () => void;
  onOpened: () => void;
}) {
  const api = useApi();
  const navigate = useNavigate();
  const refresh = useRefreshNotifications();
  const unread = notification.read_at === null;
  const target = appPath(notification.link);

  function open(event: MouseEvent<HTMLAnchorElement>) {
    if (unread) {
      // Shown as read at once; the request finishes in the background, then the inbox is
      // fetched again (which also undoes the change if the request failed).
      onOpened();
      void markNotificationRead(api, notification.id)
        .catch(() => undefined)
        .finally(() => void refresh());
    }
    // A new tab or window: leave that to the browser.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (target) void navigate(target);
  }

  const title = (
    <>
      {unread ? (
        <>
          <span className="visually-hidden">{t.unreadHidden}</span>{' '}
        </>
      ) : null}
      {notification.title}
    </>
  );

  return (
    <li className={unread ? 'notification notification--unread' : 'notification'}>
      <span className="notification__marker" aria-hidden="true" />
      <div className="notification__content">
        <h2 className="notification__title" ref={headingRef} tabIndex={-1}>
          {target ? (
            <Link to={target} onClick={open}>
              {title}
            </Link>
          ) : (
            title
          )}
        </h2>
        <p className="notification__body">{notification.body}</p>
        <p className="notification__meta">
          <time dateTime={notification.created_at}>{formatMoment(notification.created_at)}</time>
          {unread ? (
            <span className="notification__state" aria-hidden="true">
              {t.unread}
            </span>
          ) : null}
          {unread && !target ? (
            <button type="button" className="button button--link button--small" onClick={onMarkRead}>
              {t.markOne}
              {' '}
              <span className="visually-hidden">({notification.title})</span>
            </button>
          ) : null}
        </p>
      </div>
    </li>
  );
}
