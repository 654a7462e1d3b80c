import { useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { Tabs } from '../../components/Tabs';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { groupsNl, nl, sessionsNl } from '../../i18n/nl';
import { useGroup } from '../groups/groupsApi';
import type { GroupPublic } from '../groups/types';
import { amsterdamToday, formatLongDate, nextWeekday } from './amsterdamTime';
import { CancelSessionDialog } from './CancelSessionDialog';
import { RsvpControl } from './RsvpControl';
import { SeriesForm, emptySeriesForm, toSeriesCreate } from './SeriesForm';
import { SessionCard } from './SessionCard';
import { SessionForm } from './SessionForm';
import { addMinutesToTime, emptySessionForm, toSessionCreate } from './sessionForm';
import { createSession, planSeries, useGroupPermissions, useGroupSessions, useRefreshSessions } from './sessionsApi';
import { canCancel, canRespond, sessionPath } from './sessionState';
import type { SessionPublic, SessionWhen } from './types';

const t = sessionsNl.group;
type Planner = 'one' | 'series' | null;

const TAB_PARAM = 'weergave';
const PAST_VALUE = 'afgelopen';

export function GroupSessionsPage() {
  const { ref = '' } = useParams();
  const groupQuery = useGroup(ref);
  const group = groupQuery.data?.group;
  useDocumentTitle(group ? t.title(group.name) : t.heading);

  if (groupQuery.isPending) return <LoadingMessage>{nl.common.loading}</LoadingMessage>;
  if (!group) {
    return (
      <div className="narrow">
        <h1>{groupsNl.group.notFoundHeading}</h1>
        <p className="lead">{problemMessage(toApiError(groupQuery.error).problem)}</p>
      </div>
    );
  }
  return <GroupSessions group={group} />;
}

/** Sensible defaults for a new series from the group's own rhythm: every ~8 weeks, 6 a year, 2 hours. */
function groupDefaults(group: GroupPublic) {
  const perYear = Math.max(1, group.meetings_per_year);
  const interval = Math.min(26, Math.max(1, Math.round(52 / perYear)));
  const endTime = addMinutesToTime('19:30', group.session_minutes) ?? '21:30';
  const date = nextWeekday(group.weekday, amsterdamToday());
  return { interval: String(interval), count: String(Math.min(52, perYear)), endTime, date };
}

function GroupSessions({ group }: { group: GroupPublic }) {
  const api = useApi();
  const refresh = useRefreshSessions();
  const permissions = useGroupPermissions(group.id);
  const [searchParams, setSearchParams] = useSearchParams();
  const when: SessionWhen = searchParams.get(TAB_PARAM) === PAST_VALUE ? 'past' : 'upcoming';
  const allowed = permissions.isMember || permissions.canManage;
  const sessions = useGroupSessions(group.id, when, !permissions.pending && allowed);
  const [planner, setPlanner] = useState<Planner>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<SessionPublic | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const plannerButtons = useRef<HTMLDivElement>(null);
  const defaults = groupDefaults(group);
  const groupPath = `/groepen/${encodeURIComponent(group.slug)}`;

  function selectTab(next: SessionWhen) {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (next === 'past') params.set(TAB_PARAM, PAST_VALUE);
        else params.delete(TAB_PARAM);
        return params;
      },
      { replace: true },
    );
  }

  function announce(message: string) {
    setFlash(message);
    requestAnimationFrame(() => listHeading.current?.focus());
  }

  function closePlanner() {
    setPlanner(null);
    requestAnimationFrame(() => plannerButtons.current?.querySelector('button')?.focus());
  }

  const forbidden = sessions.isError && toApiError(sessions.error).status === 403;
  const items = sessions.data?.pages.flatMap((page) => page.items) ?? [];
  const total = sessions.data?.pages[0]?.total ?? 0;
  const tabs = [
    { key: 'upcoming' as const, label: t.upcoming },
    { key: 'past' as const, label: t.past },
  ];
  const currentTab = when === 'past' ? t.past : t.upcoming;

  return (
    <>
      <p className="back-link">
        <Link to={groupPath}>
          <span aria-hidden="true">← </span>
          {sessionsNl.common.backToGroup}
        </Link>
      </p>
      <p className="eyebrow">{group.name}</p>
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro}</p>
      <StatusMessage message={flash} />

      {!permissions.pending && !allowed ? (
        <div className="notice notice--info">
          <p>{t.notMember}</p>
          <p>
            <Link to={groupPath}>{sessionsNl.common.backToGroup}</Link>
          </p>
        </div>
      ) : null}

      {permissions.canManage ? (
        <section className="card session-planner" aria-labelledby="plannen-titel">
          <h2 id="plannen-titel">{t.planHeading}</h2>
          <p>{t.planIntro}</p>
          <div className="session-planner__buttons" ref={plannerButtons}>
            <button
              type="button"
              className={planner === 'one' ? 'button button--primary' : 'button button--secondary'}
              aria-expanded={planner === 'one'}
              aria-controls="plan-een"
              onClick={() => setPlanner(planner === 'one' ? null : 'one')}
            >
              {t.planOne}
            </button>
            <button
              type="button"
              className={planner === 'series' ? 'button button--primary' : 'button button--secondary'}
              aria-expanded={planner === 'series'}
              aria-controls="plan-reeks"
              onClick={() => setPlanner(planner === 'series' ? null : 'series')}
            >
              {t.planSeries}
            </button>
          </div>
          <div id="plan-een" hidden={planner !== 'one'}>
            {planner === 'one' ? (
              <div className="session-planner__form">
                <h3>{t.planOne}</h3>
                <SessionForm
                  formId="bijeenkomst"
                  groupId={group.id}
                  initial={emptySessionForm({ date: defaults.date, endTime: defaults.endTime })}
                  submitLabel={sessionsNl.form.submitNew}
                  onCancel={closePlanner}
                  onSubmit={async (values) => {
                    const created = await createSession(api, group.id, toSessionCreate(values));
                    await refresh();
                    setPlanner(null);
                    if (when !== 'upcoming' && canRespond(created)) selectTab('upcoming');
                    announce(t.planned(formatLongDate(created.starts_at)));
                  }}
                />
              </div>
            ) : null}
          </div>
          <div id="plan-reeks" hidden={planner !== 'series'}>
            {planner === 'series' ? (
              <div className="session-planner__form">
                <h3>{t.planSeries}</h3>
                <SeriesForm
                  formId="reeks"
                  groupId={group.id}
                  initial={emptySeriesForm({
                    firstDate: defaults.date,
                    intervalWeeks: defaults.interval,
                    count: defaults.count,
                    endTime: defaults.endTime,
                  })}
                  onCancel={closePlanner}
                  onSubmit={async (values) => {
                    const series = await planSeries(api, group.id, toSeriesCreate(values));
                    await refresh();
                    setPlanner(null);
                    if (when !== 'upcoming') selectTab('upcoming');
                    announce(t.seriesPlanned(series.sessions.length));
                  }}
                />
              </div>
            ) : null}
          </div>
        </section>
      ) : null}

      {permissions.pending || allowed ? (
        <section className="section section--tight" aria-labelledby="lijst-titel">
          <h2 id="lijst-titel" className="visually-hidden" ref={listHeading} tabIndex={-1}>
            {t.listLabel(currentTab)}
          </h2>
          <Tabs id="bijeenkomsten" label={t.tabsLabel} tabs={tabs} selected={when} onSelect={selectTab}>
            {permissions.pending || sessions.isPending ? <LoadingMessage>{t.loading}</LoadingMessage> : null}
            {sessions.isError ? (
              <div className="notice notice--error">
                <p>{forbidden ? t.notMember : sessionsNl.common.loadFailed}</p>
                {!forbidden ? <p>{problemMessage(toApiError(sessions.error).problem)}</p> : null}
              </div>
            ) : null}
            {sessions.isSuccess && items.length === 0 ? (
              <p className="session-empty">
                {when === 'past' ? t.noPast : permissions.canManage ? t.noUpcomingCoordinator : t.noUpcoming}
              </p>
            ) : null}
            {items.length > 0 ? (
              <>
                <p className="session-list__meta">
                  {t.shown(items.length, total)} · {sessionsNl.common.dutchTime}
                </p>
                <ol className="session-list" aria-label={t.listLabel(currentTab)}>
                  {items.map((session) => (
                    <SessionCard key={session.id} session={session} showMyStatus={!canRespond(session)}>
                      {canRespond(session) && permissions.isMember ? <RsvpControl session={session} compact /> : null}
                      {permissions.canManage && canCancel(session) ? (
                        <p className="session-card__manage">
                          <Link className="button button--secondary button--small" to={`${sessionPath(session.id)}/wijzigen`}>
                            {sessionsNl.card.edit}
                            {' '}
                            <span className="visually-hidden">({formatLongDate(session.starts_at)})</span>
                          </Link>
                          <button
                            type="button"
                            className="button button--danger-outline button--small"
                            onClick={() => setCancelling(session)}
                          >
                            {sessionsNl.card.cancel}
                            {' '}
                            <span className="visually-hidden">({formatLongDate(session.starts_at)})</span>
                          </button>
                        </p>
                      ) : null}
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
                    {sessions.isFetchingNextPage ? t.loadingMore : t.more}
                  </button>
                ) : null}
              </>
            ) : null}
          </Tabs>
        </section>
      ) : null}
      <CancelSessionDialog
        session={cancelling}
        onClose={() => setCancelling(null)}
        onCancelled={(cancelled) => {
          setCancelling(null);
          announce(t.cancelled(formatLongDate(cancelled.starts_at)));
        }}
      />
    </>
  );
}
