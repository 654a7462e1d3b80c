import { Link } from 'react-router';
import { eventsNl } from '../../i18n/nl';
import { formatEventWhen } from './format';
import { PlacesBadge } from './PlacesBadge';
import type { EventPublic, MyEvent } from './types';

const t = eventsNl.list;

/** What the logged-in member has to do with this event, as a short tag, or null. */
export function myEventTag(mine: MyEvent | undefined): string | null {
  if (!mine) return null;
  if (mine.role === 'coach') return t.mine.coach;
  if (mine.registration?.status === 'waitlisted') return t.mine.waitlisted;
  if (mine.registration?.status === 'registered') return t.mine.registered;
  return null;
}

export function EventCard({ event, mine, linkRef }: { event: EventPublic; mine?: MyEvent; linkRef?: (node: HTMLAnchorElement | null) => void }) {
  const headingId = `bijeenkomst-${event.id}`;
  const tag = myEventTag(mine);
  const cancelled = event.status === 'cancelled';
  return (
    <article className={cancelled ? 'card event-card event-card--cancelled' : 'card event-card'} aria-labelledby={headingId}>
      <p className="event-card__theme">{event.theme}</p>
      <h3 className="event-card__title" id={headingId}>
        <Link to={`/themabijeenkomsten/${event.id}`} ref={linkRef}>
          {event.title}
        </Link>
      </h3>
      <dl className="event-card__facts">
        <div>
          <dt>{t.when}</dt>
          <dd>
            <time dateTime={event.starts_at}>{formatEventWhen(event.starts_at, event.ends_at)}</time>
          </dd>
        </div>
        <div>
          <dt>{t.expert}</dt>
          <dd>{event.expert_name}</dd>
        </div>
        <div>
          <dt>{t.places}</dt>
          <dd className="event-card__badges">
            <PlacesBadge event={event} />
            {tag ? <span className="status-pill event-card__mine">{tag}</span> : null}
          </dd>
        </div>
      </dl>
    </article>
  );
}
