import { Children, type ReactNode } from 'react';
import { Link } from 'react-router';
import { sessionsNl } from '../../i18n/nl';
import { formatDuration } from '../groups/format';
import { dateLeaf, formatLongDate, formatTimeRange } from './amsterdamTime';
import { hasEnded, hasStarted, sessionPath } from './sessionState';
import type { SessionPublic } from './types';

const t = sessionsNl.card;

/** The member's own state for a session, as a short pill text, or null when there is nothing to say. */
export function myStatus(session: SessionPublic, now: Date = new Date()): { text: string; tone: string } | null {
  if (session.status === 'cancelled') return null;
  if (session.my_attendance?.present) {
    return session.my_attendance.confirmed_at
      ? { text: t.myConfirmed, tone: 'confirmed' }
      : { text: t.myToConfirm, tone: 'todo' };
  }
  if (hasStarted(session, now)) return null;
  const answer = session.my_response?.answer;
  if (answer === 'present') return { text: t.myPresent, tone: 'present' };
  if (answer === 'absent') return { text: t.myAbsent, tone: 'absent' };
  return { text: t.myUnanswered, tone: 'none' };
}

interface SessionCardProps {
  session: SessionPublic;
  /** Show the group's name (lists across groups). */
  showGroup?: boolean;
  /** Extra controls under the facts: the member's answer, a coordinator's actions. */
  children?: ReactNode;
  headingLevel?: 'h2' | 'h3';
  /** Show the member's own state as a pill; lists that show the answer buttons leave it out. */
  showMyStatus?: boolean;
}

/** Where the session stands in time, when that matters: in progress, or over without an attendance list. */
function progressPill(session: SessionPublic, now: Date = new Date()): { text: string; tone: string } | null {
  if (session.status !== 'planned' || !hasStarted(session, now)) return null;
  return hasEnded(session, now) ? { text: t.notRecorded, tone: 'todo' } : { text: t.ongoing, tone: 'none' };
}

/** One session in a list: a calendar leaf, the date as a link, time, method, answers and the member's own state. */
export function SessionCard({
  session,
  showGroup = false,
  children,
  headingLevel = 'h3',
  showMyStatus = true,
}: SessionCardProps) {
  const Heading = headingLevel;
  const leaf = dateLeaf(session.starts_at);
  const date = formatLongDate(session.starts_at);
  const cancelled = session.status === 'cancelled';
  const mine = showMyStatus ? myStatus(session) : null;
  const progress = progressPill(session);
  const hasActions = Children.toArray(children).length > 0;
  const counts = session.response_counts;
  const headingId = `bijeenkomst-${session.id}`;

  return (
    <li className={cancelled ? 'card session-card session-card--cancelled' : 'card session-card'}>
      <article aria-labelledby={headingId} className="session-card__body">
        <div className="session-card__leaf" aria-hidden="true">
          <span className="session-card__weekday">{leaf.weekday}</span>
          <span className="session-card__day">{leaf.day}</span>
          <span className="session-card__month">{leaf.month}</span>
        </div>
        <div className="session-card__main">
          {showGroup ? <p className="session-card__group">{session.group.name}</p> : null}
          <Heading className="session-card__title" id={headingId}>
            <Link to={sessionPath(session.id)}>{date}</Link>
          </Heading>
          <p className="session-card__time">
            {formatTimeRange(session.starts_at, session.ends_at)}{' '}
            <span className="session-card__duration">({formatDuration(session.duration_minutes)})</span>
          </p>
          <div className="session-card__pills">
            {cancelled ? <span className="session-pill session-pill--cancelled">{t.cancelled}</span> : null}
            {session.status === 'held' ? <span className="session-pill session-pill--held">{t.held}</span> : null}
            {progress ? <span className={`session-pill session-pill--${progress.tone}`}>{progress.text}</span> : null}
            {mine ? <span className={`session-pill session-pill--${mine.tone}`}>{mine.text}</span> : null}
          </div>
          {cancelled && session.cancel_reason ? <p className="session-card__reason">{t.cancelledBecause(session.cancel_reason)}</p> : null}
          {!cancelled ? (
            <dl className="session-card__facts">
              <div>
                <dt>{t.method}</dt>
                <dd>{session.method?.name ?? t.noMethodShort}</dd>
              </div>
              {session.facilitator ? (
                <div>
                  <dt>{t.facilitator}</dt>
                  <dd>{session.facilitator.full_name}</dd>
                </div>
              ) : null}
              {session.case_bringer ? (
                <div>
                  <dt>{t.caseBringer}</dt>
                  <dd>{session.case_bringer.full_name}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t.answers}</dt>
                <dd>{t.counts(counts.present, counts.absent, counts.unanswered)}</dd>
              </div>
            </dl>
          ) : null}
          {hasActions ? <div className="session-card__actions">{children}</div> : null}
        </div>
      </article>
    </li>
  );
}
