import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { problemMessage, toApiError } from '../../api/problem';
import { useAuth } from '../../auth/useAuth';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { eventsNl } from '../../i18n/nl';
import { formatDateTime, formatEventWhen } from './format';
import { useEvent } from './eventsApi';
import { PlacesBadge } from './PlacesBadge';
import { RegistrationPanel } from './RegistrationPanel';
import type { EventPublic } from './types';

const t = eventsNl.event;

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function BackToEvents() {
  return (
    <p className="back-link">
      <Link to="/themabijeenkomsten">
        <span aria-hidden="true">← </span>
        {t.backToList}
      </Link>
    </p>
  );
}

export function Paragraphs({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="preserve-lines">
          {paragraph}
        </p>
      ))}
    </>
  );
}

export function Programme({ event }: { event: Pick<EventPublic, 'expert_name' | 'room_size_max'> }) {
  return (
    <ol className="programme">
      <li className="programme__part">
        <span className="programme__marker" aria-hidden="true">
          1
        </span>
        <div>
          <h3 className="programme__title">{t.part1Title}</h3>
          <p>{t.part1Text}</p>
          <p className="programme__speaker">{t.part1Expert(event.expert_name)}</p>
        </div>
      </li>
      <li className="programme__part">
        <span className="programme__marker" aria-hidden="true">
          2
        </span>
        <div>
          <h3 className="programme__title">{t.part2Title}</h3>
          <p>{t.part2Text(event.room_size_max)}</p>
          <p className="programme__note">{t.part2Confidential}</p>
        </div>
      </li>
    </ol>
  );
}

function EventFacts({ event }: { event: EventPublic }) {
  return (
    <dl className="summary-list group-facts">
      <Row term={t.theme}>{event.theme}</Row>
      <Row term={t.when}>
        <time dateTime={event.starts_at}>{formatEventWhen(event.starts_at, event.ends_at)}</time>
      </Row>
      <Row term={t.expert}>{event.expert_name}</Row>
      <Row term={t.where}>{t.whereOnline}</Row>
      <Row term={t.places}>
        <span className="event-facts__places">
          <PlacesBadge event={event} />
          <span>{t.placesDetail(event.registered_count, event.capacity)}</span>
        </span>
      </Row>
      <Row term={t.roomSize}>{t.roomSizeValue(event.room_size_max)}</Row>
      <Row term={t.closes}>{formatDateTime(event.registration_closes_at)}</Row>
    </dl>
  );
}

/** The public page of one thematic meeting, with the personal action area. */
export function EventPage() {
  const { id = '' } = useParams();
  const { user } = useAuth();
  const query = useEvent(id);
  const event = query.data;
  useDocumentTitle(event?.title ?? (query.isError ? t.notFoundHeading : eventsNl.list.title));

  if (query.isPending) return <LoadingMessage>{t.loading}</LoadingMessage>;
  if (query.isError || !event) {
    const error = toApiError(query.error);
    const notFound = error.status === 404 || error.status === 422;
    return (
      <div className="narrow">
        <BackToEvents />
        <h1>{notFound ? t.notFoundHeading : t.loadFailed}</h1>
        <p className="lead">{problemMessage(error.problem)}</p>
        {!notFound ? (
          <button type="button" className="button button--secondary" onClick={() => void query.refetch()}>
            {eventsNl.list.retry}
          </button>
        ) : null}
      </div>
    );
  }

  return (
    <>
      <BackToEvents />
      <div className="group-header event-header">
        <p className="eyebrow">{event.theme}</p>
        <h1>{event.title}</h1>
        <p className="group-header__meta">
          <time dateTime={event.starts_at}>{formatEventWhen(event.starts_at, event.ends_at)}</time>
          <PlacesBadge event={event} />
        </p>
        {user?.is_admin ? (
          <p className="event-header__admin">
            <Link to={`/beheer/themabijeenkomsten/${event.id}`}>{t.manage}</Link>
          </p>
        ) : null}
      </div>
      {event.status === 'cancelled' ? <p className="notice notice--warning event-banner">{t.cancelledBanner}</p> : null}
      {event.status === 'draft' ? <p className="notice notice--info event-banner">{t.draftBanner}</p> : null}
      {/* Reading order: about, then the action area, then programme and facts; on wide screens the action area sits beside them. */}
      <div className="group-layout">
        <section aria-labelledby="over-titel" className="card group-section group-layout__about">
          <h2 id="over-titel">{t.aboutHeading}</h2>
          {event.description.trim() ? <Paragraphs text={event.description} /> : <p>{t.noDescription}</p>}
        </section>
        <div className="group-layout__aside">
          <RegistrationPanel event={event} />
        </div>
        <div className="group-layout__facts event-main">
          <section aria-labelledby="programma-titel" className="card group-section">
            <h2 id="programma-titel">{t.programmeHeading}</h2>
            <Programme event={event} />
          </section>
          <section aria-labelledby="praktisch-titel" className="card group-section">
            <h2 id="praktisch-titel">{t.factsHeading}</h2>
            <EventFacts event={event} />
          </section>
        </div>
      </div>
    </>
  );
}
