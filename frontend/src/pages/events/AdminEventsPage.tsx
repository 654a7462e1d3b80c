import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { eventStatusLabels, eventsNl, labelFor } from '../../i18n/nl';
import { formatEventWhen } from './format';
import { eventKeys, listManagedEvents } from './eventsApi';
import type { EventAdmin } from './types';

const t = eventsNl.admin;

export function EventStatusPill({ status }: { status: string }) {
  return <span className={`status-pill event-status event-status--${status}`}>{labelFor(eventStatusLabels, status)}</span>;
}

function AdminEventCard({ event, linkRef }: { event: EventAdmin; linkRef: (node: HTMLAnchorElement | null) => void }) {
  const headingId = `beheer-${event.id}`;
  const past = new Date(event.ends_at).getTime() < Date.now();
  return (
    <article className="card admin-event" aria-labelledby={headingId}>
      <div className="admin-event__top">
        <div>
          <p className="event-card__theme">{event.theme}</p>
          <h2 className="admin-event__title" id={headingId}>
            <Link to={`/beheer/themabijeenkomsten/${event.id}`} ref={linkRef}>
              {event.title}
            </Link>
          </h2>
        </div>
        <p className="admin-event__pills">
          <EventStatusPill status={event.status} />
          {past ? <span className="status-pill">{t.past}</span> : null}
        </p>
      </div>
      <dl className="event-card__facts admin-event__facts">
        <div>
          <dt>{t.columns.when}</dt>
          <dd>
            <time dateTime={event.starts_at}>{formatEventWhen(event.starts_at, event.ends_at)}</time>
          </dd>
        </div>
        <div>
          <dt>{t.columns.registrations}</dt>
          <dd>
            {t.registeredOf(event.registered_count, event.capacity)}
            {event.waitlist_count > 0 ? ` · ${t.waitlist(event.waitlist_count)}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t.columns.coaches}</dt>
          <dd>{event.coaches.length}</dd>
        </div>
        <div>
          <dt>{t.columns.rooms}</dt>
          <dd>{event.rooms_assigned ? t.roomsDone : t.roomsOpen}</dd>
        </div>
      </dl>
    </article>
  );
}

/** All events for platform admins, drafts and past ones included. */
export function AdminEventsPage() {
  useDocumentTitle(t.title);
  const api = useApi();
  const query = useInfiniteQuery({
    queryKey: eventKeys.manageList,
    queryFn: ({ pageParam }) => listManagedEvents(api, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined),
  });
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const focusIndex = useRef<number | null>(null);
  const events = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;

  useEffect(() => {
    if (focusIndex.current === null) return;
    const link = links.current[focusIndex.current];
    if (link) {
      link.focus();
      focusIndex.current = null;
    }
  }, [events.length]);

  return (
    <>
      <div className="page-heading">
        <h1>{t.heading}</h1>
        <Link className="button button--primary" to="/beheer/themabijeenkomsten/nieuw">
          {t.newEvent}
        </Link>
      </div>
      <p className="lead">{t.intro}</p>
      <p className="results-count" role="status">
        {query.data ? eventsNl.list.count(events.length, total) : ''}
      </p>
      {query.isPending ? <LoadingMessage>{eventsNl.list.loading}</LoadingMessage> : null}
      {query.isError ? <p className="notice notice--error">{problemMessage(toApiError(query.error).problem)}</p> : null}
      {query.data && events.length === 0 ? <p>{t.none}</p> : null}
      {events.length > 0 ? (
        <ul className="admin-event-list">
          {events.map((event, index) => (
            <li key={event.id}>
              <AdminEventCard
                event={event}
                linkRef={(node) => {
                  links.current[index] = node;
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {query.hasNextPage ? (
        <p className="event-list__more">
          <button
            type="button"
            className="button button--secondary"
            disabled={query.isFetchingNextPage}
            onClick={() => {
              focusIndex.current = events.length;
              void query.fetchNextPage();
            }}
          >
            {query.isFetchingNextPage ? eventsNl.list.loadingMore : eventsNl.list.more}
          </button>
        </p>
      ) : null}
    </>
  );
}
