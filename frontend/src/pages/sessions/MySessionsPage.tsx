import { Link } from 'react-router';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { sessionsNl } from '../../i18n/nl';
import { PendingEvaluationsCallout } from '../evaluations/PendingEvaluationsCallout';
import { useMyGroups } from '../groups/groupsApi';
import { RsvpControl } from './RsvpControl';
import { SessionCard } from './SessionCard';
import { useMySessions } from './sessionsApi';
import { canRespond } from './sessionState';

const t = sessionsNl.mine;

/** The member's upcoming sessions across all groups, each with quick "Ik kom" / "Ik kom niet" buttons. */
export function MySessionsPage() {
  useDocumentTitle(t.title);
  const sessions = useMySessions();
  const groups = useMyGroups();
  const items = sessions.data?.pages.flatMap((page) => page.items) ?? [];
  const total = sessions.data?.pages[0]?.total ?? 0;
  const noGroups = groups.data !== undefined && groups.data.length === 0;

  return (
    <>
      <div className="page-heading">
        <h1>{t.heading}</h1>
        <Link className="button button--secondary" to="/mijn-verantwoording">
          {sessionsNl.layout.evidence}
        </Link>
      </div>
      <p className="lead">{t.intro}</p>
      <PendingEvaluationsCallout />
      <section className="section section--tight" aria-labelledby="komend-titel">
        <h2 id="komend-titel">{t.listLabel}</h2>
        {sessions.isPending ? <LoadingMessage>{t.loading}</LoadingMessage> : null}
        {sessions.isError ? (
          <div className="notice notice--error">
            <p>{sessionsNl.common.loadFailed}</p>
            <p>{problemMessage(toApiError(sessions.error).problem)}</p>
          </div>
        ) : null}
        {sessions.isSuccess && items.length === 0 ? (
          <div className="card empty-state">
            <p>{noGroups ? t.noGroups : t.none}</p>
            <Link className="button button--secondary" to={noGroups ? '/groepen' : '/mijn-groepen'}>
              {noGroups ? t.findGroup : t.myGroups}
            </Link>
          </div>
        ) : null}
        {items.length > 0 ? (
          <>
            <p className="session-list__meta">
              {sessionsNl.group.shown(items.length, total)} · {sessionsNl.common.dutchTime}
            </p>
            <ol className="session-list" aria-labelledby="komend-titel">
              {items.map((session) => (
                <SessionCard key={session.id} session={session} showGroup showMyStatus={!canRespond(session)}>
                  {canRespond(session) ? <RsvpControl session={session} compact showGroup /> : null}
                </SessionCard>
              ))}
            </ol>
            {sessions.hasNextPage ? (
              <button
                type="button"
                className="button button--secondary session-list__more"
                onClick={() => void sessions.fetchNextPage()}
                disabled={sessions.isFetchingNextPage}
              >
                {sessions.isFetchingNextPage ? sessionsNl.group.loadingMore : sessionsNl.group.more}
              </button>
            ) : null}
          </>
        ) : null}
      </section>
      <p className="aside-link">
        <Link to="/mijn-verantwoording">{t.evidenceLink}</Link>
      </p>
    </>
  );
}
