import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { eventsNl } from '../../i18n/nl';
import { EventStatusPill } from './AdminEventsPage';
import { AttendanceForm } from './AttendanceForm';
import { CoachManager } from './CoachManager';
import { formatDateTime, formatEventWhen } from './format';
import { eventKeys, updateEvent, useManagedEvent, useRefreshEvents, useRegistrations } from './eventsApi';
import { RegistrationsTable } from './RegistrationsTable';
import { RoomsSection } from './RoomsSection';
import type { EventAdmin } from './types';

const t = eventsNl.admin;

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Section({
  id,
  title,
  headingRef,
  children,
}: {
  id: string;
  title: string;
  headingRef?: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}) {
  return (
    <section className="card admin-section" aria-labelledby={`${id}-titel`} id={id}>
      <h2 id={`${id}-titel`} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function Overview({ event }: { event: EventAdmin }) {
  const e = eventsNl.event;
  return (
    <dl className="summary-list group-facts">
      <Row term={t.status}>
        <EventStatusPill status={event.status} />
      </Row>
      <Row term={e.when}>
        <time dateTime={event.starts_at}>{formatEventWhen(event.starts_at, event.ends_at)}</time>
      </Row>
      <Row term={e.expert}>{event.expert_name}</Row>
      <Row term={t.counts}>{t.countsValue(event.registered_count, event.capacity, event.waitlist_count)}</Row>
      <Row term={e.roomSize}>{e.roomSizeValue(event.room_size_max)}</Row>
      <Row term={e.closes}>{formatDateTime(event.registration_closes_at)}</Row>
      <Row term={t.plenary}>
        {event.plenary_url ? (
          <a href={event.plenary_url} target="_blank" rel="noreferrer">
            {event.plenary_url}
          </a>
        ) : (
          t.noPlenary
        )}
      </Row>
      {event.attended_count > 0 ? <Row term={t.attendedCount}>{t.attendedValue(event.attended_count)}</Row> : null}
    </dl>
  );
}

/** One event for platform admins: overview, coaches, registrations, rooms with the report, attendance. */
export function AdminEventPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshEvents();
  const query = useManagedEvent(id);
  const registrations = useRegistrations(id);
  const event = query.data;
  const [flash, setFlash] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [publishError, setPublishError] = useState<string | null>(null);
  const headings = {
    overview: useRef<HTMLHeadingElement>(null),
    coaches: useRef<HTMLHeadingElement>(null),
    rooms: useRef<HTMLHeadingElement>(null),
  };
  useDocumentTitle(event ? `${event.title} – ${t.title}` : t.title);

  function announce(message: string, where: keyof typeof headings) {
    setFlash(message);
    requestAnimationFrame(() => headings[where].current?.focus());
  }

  if (query.isPending) return <LoadingMessage>{eventsNl.event.loading}</LoadingMessage>;
  if (!event) {
    const error = toApiError(query.error);
    return (
      <div className="narrow">
        <p className="back-link">
          <Link to="/beheer/themabijeenkomsten">
            <span aria-hidden="true">← </span>
            {t.backToList}
          </Link>
        </p>
        <h1>{error.status === 404 || error.status === 422 ? eventsNl.event.notFoundHeading : t.loadFailed}</h1>
        <p className="lead">{problemMessage(error.problem)}</p>
      </div>
    );
  }

  async function publish() {
    setPublishing(true);
    setPublishError(null);
    try {
      const saved = await updateEvent(api, id, { status: 'published' });
      queryClient.setQueryData(eventKeys.managed(id), saved);
      await refresh();
      announce(t.published, 'overview');
    } catch (caught) {
      setPublishError(problemMessage(toApiError(caught).problem));
    } finally {
      setPublishing(false);
    }
  }

  const registered = (registrations.data ?? [])
    .filter((registration) => registration.status === 'registered')
    .map((registration) => ({
      registration_id: registration.id,
      full_name: registration.full_name,
      attended: registration.attended,
    }));

  return (
    <>
      <p className="back-link">
        <Link to="/beheer/themabijeenkomsten">
          <span aria-hidden="true">← </span>
          {t.backToList}
        </Link>
      </p>
      <div className="admin-event-header">
        <div>
          <p className="eyebrow">{event.theme}</p>
          <h1>{event.title}</h1>
        </div>
        <div className="admin-event-header__actions">
          {event.status === 'draft' ? (
            <button type="button" className="button button--primary" onClick={() => void publish()} disabled={publishing}>
              {publishing ? t.publishing : t.publish}
            </button>
          ) : null}
          <Link className="button button--secondary" to={`/beheer/themabijeenkomsten/${event.id}/bewerken`}>
            {t.edit}
          </Link>
          <Link className="button button--link" to={`/themabijeenkomsten/${event.id}`}>
            {t.publicPage}
          </Link>
        </div>
      </div>
      {publishError ? (
        <p className="notice notice--error" role="alert">
          {publishError}
        </p>
      ) : null}
      <StatusMessage message={flash} />

      <nav className="in-page-nav" aria-label={t.onThisPage}>
        <ul>
          <li>
            <a href="#overzicht">{t.overviewHeading}</a>
          </li>
          <li>
            <a href="#coaches">{eventsNl.coaches.heading}</a>
          </li>
          <li>
            <a href="#aanmeldingen">{eventsNl.registrations.heading}</a>
          </li>
          <li>
            <a href="#kamers">{eventsNl.rooms.heading}</a>
          </li>
          <li>
            <a href="#aanwezigheid">{eventsNl.attendance.heading}</a>
          </li>
        </ul>
      </nav>

      <div className="admin-event-layout">
        <Section id="overzicht" title={t.overviewHeading} headingRef={headings.overview}>
          <Overview event={event} />
        </Section>
        <Section id="coaches" title={eventsNl.coaches.heading} headingRef={headings.coaches}>
          <CoachManager event={event} onDone={(message) => announce(message, 'coaches')} />
        </Section>
        <Section id="aanmeldingen" title={eventsNl.registrations.heading}>
          {registrations.isPending ? <LoadingMessage>{eventsNl.event.loading}</LoadingMessage> : null}
          {registrations.isError ? (
            <p className="notice notice--error">{problemMessage(toApiError(registrations.error).problem)}</p>
          ) : null}
          {registrations.data ? <RegistrationsTable registrations={registrations.data} /> : null}
        </Section>
        <Section id="kamers" title={eventsNl.rooms.heading} headingRef={headings.rooms}>
          <RoomsSection event={event} onDone={(message) => announce(message, 'rooms')} />
        </Section>
        <Section id="aanwezigheid" title={eventsNl.attendance.heading}>
          <p>{eventsNl.attendance.intro}</p>
          {registrations.data ? (
            <AttendanceForm
              key={registered.map((registration) => registration.registration_id).join(',')}
              eventId={event.id}
              startsAt={event.starts_at}
              idPrefix="aanwezig"
              participants={registered}
            />
          ) : null}
        </Section>
      </div>
    </>
  );
}
