import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { LoadingMessage } from '../../components/LoadingMessage';
import { sessionsNl } from '../../i18n/nl';
import type { GroupPublic } from '../groups/types';
import { formatLongDate, formatTimeRange } from './amsterdamTime';
import { myStatus } from './SessionCard';
import { fetchGroupSessions, sessionKeys, useGroupPermissions } from './sessionsApi';
import { groupSessionsPath, sessionPath } from './sessionState';

const t = sessionsNl.teaser;

/** On the group page, for members only: the next session and a link to all of them. */
export function GroupSessionsTeaser({ group }: { group: GroupPublic }) {
  const api = useApi();
  const permissions = useGroupPermissions(group.id);
  const allowed = permissions.isMember || permissions.canManage;
  const next = useQuery({
    queryKey: [...sessionKeys.group(group.id, 'upcoming'), 'next'],
    queryFn: () => fetchGroupSessions(api, group.id, 'upcoming', 0, 5),
    enabled: allowed,
  });
  if (!allowed) return null;
  const upcoming = next.data?.items.find((session) => session.status !== 'cancelled');
  const mine = upcoming ? myStatus(upcoming) : null;

  return (
    <section className="card session-teaser" aria-labelledby="bijeenkomsten-titel">
      <h2 id="bijeenkomsten-titel">{t.heading}</h2>
      {next.isPending ? <LoadingMessage>{sessionsNl.group.loading}</LoadingMessage> : null}
      {next.isSuccess && !upcoming ? <p>{t.none}</p> : null}
      {upcoming ? (
        <div className="session-teaser__next">
          <p className="session-teaser__label">{t.next}</p>
          <p className="session-teaser__date">
            <Link to={sessionPath(upcoming.id)}>{formatLongDate(upcoming.starts_at)}</Link>
          </p>
          <p className="session-teaser__time">
            {formatTimeRange(upcoming.starts_at, upcoming.ends_at)}
            {mine ? <span className={`session-pill session-pill--${mine.tone}`}>{mine.text}</span> : null}
          </p>
        </div>
      ) : null}
      <ul className="link-list">
        <li>
          <Link to={groupSessionsPath(group.slug)}>{permissions.canManage ? t.plan : t.all}</Link>
        </li>
      </ul>
    </section>
  );
}
