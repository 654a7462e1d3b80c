import { Link, useParams } from 'react-router';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { groupHealthNl, healthStatusIcons, healthStatusLabels } from '../../i18n/nl';
import { useGroup } from '../groups/groupsApi';
import { formatDay } from '../sessions/amsterdamTime';
import { useGroupPermissions } from '../sessions/sessionsApi';
import { useGroupHealth } from './groupHealthApi';
import { actionFor, statusOf, summaryCounts } from './healthState';
import type { GroupHealth, HealthCriterion } from './types';

const t = groupHealthNl;

export function GroupHealthPage() {
  const { ref = '' } = useParams();
  const group = useGroup(ref);
  const health = useGroupHealth(ref);
  const permissions = useGroupPermissions(group.data?.group.id);
  useDocumentTitle(t.page.title);
  const groupName = group.data?.group.name ?? null;
  const back = groupName ? (
    <p className="back-link">
      <Link to={`/groepen/${encodeURIComponent(ref)}`}>
        <span aria-hidden="true">← </span>
        {t.page.backToGroup(groupName)}
      </Link>
    </p>
  ) : null;

  if (health.isPending) return <LoadingMessage>{t.page.loading}</LoadingMessage>;
  if (health.isError) {
    const error = toApiError(health.error);
    return (
      <div className="narrow">
        {back}
        <h1>{t.page.loadFailed}</h1>
        <p className="lead">{problemMessage(error.problem)}</p>
        {error.status >= 500 || error.status === 0 ? (
          <button type="button" className="button button--secondary" onClick={() => void health.refetch()}>
            {t.page.retry}
          </button>
        ) : null}
      </div>
    );
  }

  return (
    <>
      {back}
      {groupName ? <p className="eyebrow">{groupName}</p> : null}
      <h1>{t.page.heading}</h1>
      <p className="lead health-intro">{t.page.intro}</p>
      <HealthSummary health={health.data} />
      <section aria-labelledby="punten-titel" className="health-criteria">
        <h2 id="punten-titel">{t.list.heading}</h2>
        <ol className="health-list">
          {health.data.criteria.map((criterion) => (
            <li key={criterion.key}>
              <CriterionCard criterion={criterion} groupRef={ref} canManage={permissions.canManage} />
            </li>
          ))}
        </ol>
      </section>
      <p className="health-note">{t.note}</p>
    </>
  );
}

function HealthSummary({ health }: { health: GroupHealth }) {
  const counts = summaryCounts(health);
  const allGood = counts.length === 1 && counts[0]?.status === 'ok';
  return (
    <section className="card health-summary" aria-labelledby="kort-titel">
      <h2 id="kort-titel">{t.summary.heading}</h2>
      {allGood ? <p>{t.summary.allGood}</p> : null}
      <ul className="health-summary__list">
        {counts.map(({ status, count }) => (
          <li key={status} className={`health-summary__item health-summary__item--${status}`}>
            <span className={`health-icon health-icon--${status}`} aria-hidden="true">
              {healthStatusIcons[status]}
            </span>
            {t.summary.count(status, count)}
          </li>
        ))}
      </ul>
      <p className="health-summary__period">
        {t.page.period(formatDay(health.period_start), formatDay(health.generated_at))}
      </p>
    </section>
  );
}

export function CriterionCard({
  criterion,
  groupRef,
  canManage,
}: {
  criterion: HealthCriterion;
  groupRef: string;
  canManage: boolean;
}) {
  const status = statusOf(criterion);
  const action = actionFor(criterion, groupRef, canManage);
  const headingId = `punt-${criterion.key}`;
  return (
    <article className={`card health-item health-item--${status}`} aria-labelledby={headingId}>
      <div className="health-item__top">
        <h3 id={headingId} className="health-item__title">
          {criterion.label}
        </h3>
        <p className={`health-status health-status--${status}`}>
          <span className="visually-hidden">{t.list.statusLabel}: </span>
          <span className={`health-icon health-icon--${status}`} aria-hidden="true">
            {healthStatusIcons[status]}
          </span>
          <span className="health-status__text">{healthStatusLabels[status]}</span>
        </p>
      </div>
      <dl className="health-item__facts">
        <div>
          <dt>{t.list.value}</dt>
          <dd>{criterion.value ?? t.list.noValue}</dd>
        </div>
        <div>
          <dt>{t.list.target}</dt>
          <dd>{criterion.target}</dd>
        </div>
      </dl>
      <div className="health-item__tip">
        <p className="health-item__tip-label">{status === 'ok' ? t.list.keepGoing : t.list.tip}</p>
        <p>{criterion.tip}</p>
      </div>
      {action ? (
        <p className="health-item__action">
          <Link to={action.to}>{action.label}</Link>
        </p>
      ) : null}
    </article>
  );
}
