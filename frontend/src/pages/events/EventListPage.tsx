import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { useAuth } from '../../auth/useAuth';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { eventsNl } from '../../i18n/nl';
import { EventCard } from './EventCard';
import { eventKeys, listEvents, useMyEvents } from './eventsApi';
import type { MyEvent } from './types';

const t = eventsNl.list;

/** Public list of upcoming published (and cancelled) thematic meetings, soonest first. */
export function EventListPage() {
  useDocumentTitle(t.title);
  const api = useApi();
  const { user } = useAuth();
  const mine = useMyEvents();
  const query = useInfiniteQuery({
    queryKey: eventKeys.list,
    queryFn: ({ pageParam }) => listEvents(api, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined),
    staleTime: 10_000,
  });
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const focusIndex = useRef<number | null>(null);

  const events = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;
  const myEvents = new Map<string, MyEvent>((mine.data?.items ?? []).map((item) => [item.event.id, item]));

  // After "more", move focus to the first newly loaded event so keyboard users continue there.
  useEffect(() => {
    if (focusIndex.current === null) return;
    const link = links.current[focusIndex.current];
    if (link) {
      link.focus();
      focusIndex.current = null;
    }
  }, [events.length]);

  function loadMore() {
    focusIndex.current = events.length;
    void query.fetchNextPage();
  }

  return (
    <>
      <div className="page-heading">
        <h1>{t.heading}</h1>
        {user?.is_admin ? (
          <Link className="button button--secondary" to="/beheer/themabijeenkomsten">
            {t.manage}
          </Link>
        ) : null}
      </div>
      <p className="lead events-intro">{t.intro}</p>

      <section className="section--tight" aria-labelledby="binnenkort-titel">
        <div className="results-bar">
          <h2 id="binnenkort-titel" className="results-bar__title">
            {t.upcomingHeading}
          </h2>
          <p className="results-count" role="status">
            {query.data ? t.count(events.length, total) : ''}
          </p>
        </div>
        {query.isPending ? <LoadingMessage>{t.loading}</LoadingMessage> : null}
        {query.isError ? (
          <div className="notice notice--error">
            <p>{t.loadFailed}</p>
            <p>{problemMessage(toApiError(query.error).problem)}</p>
            <button type="button" className="button button--secondary" onClick={() => void query.refetch()}>
              {t.retry}
            </button>
          </div>
        ) : null}
        {query.data && events.length === 0 ? <p className="empty-state">{t.empty}</p> : null}
        {events.length > 0 ? (
          <ul className="event-list" aria-labelledby="binnenkort-titel">
            {events.map((event, index) => (
              <li key={event.id}>
                <EventCard
                  event={event}
                  mine={myEvents.get(event.id)}
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
              onClick={loadMore}
              disabled={query.isFetchingNextPage}
            >
              {query.isFetchingNextPage ? t.loadingMore : t.more}
            </button>
          </p>
        ) : null}
      </section>
    </>
  );
}

