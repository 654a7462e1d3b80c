import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { DownloadButton } from '../../components/DownloadButton';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { labelFor, registrationShortLabels, sessionsNl } from '../../i18n/nl';
import { formatDuration } from '../groups/format';
import { formatLongDate, formatPlainDate, formatTimeRange, formatTimestamp } from '../sessions/amsterdamTime';
import { sessionPath } from '../sessions/sessionState';
import { CalendarFeedSection } from './CalendarFeedSection';
import { downloadEvidenceCsv, downloadEvidencePdf, useEvidence } from './evidenceApi';
import { EvidenceProgress } from './EvidenceProgress';
import type { EvidenceActivity, EvidenceOverview } from './types';

const e = sessionsNl.evidence;
const hoursFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

export function formatHours(hours: number): string {
  return e.hours(hoursFormat.format(hours));
}

/** The member's proof of reflection for SKJ / Registerplein: progress against the norm, activities, downloads. */
export function EvidencePage() {
  useDocumentTitle(e.title);
  const evidence = useEvidence();

  return (
    <>
      <h1>{e.heading}</h1>
      <p className="lead">{e.intro}</p>
      {evidence.isPending ? <LoadingMessage>{e.loading}</LoadingMessage> : null}
      {evidence.isError ? (
        <div className="notice notice--error">
          <p>{sessionsNl.common.loadFailed}</p>
          <p>{problemMessage(toApiError(evidence.error).problem)}</p>
          <button type="button" className="button button--secondary" onClick={() => void evidence.refetch()}>
            {sessionsNl.common.retry}
          </button>
        </div>
      ) : null}
      {evidence.data ? <Overview overview={evidence.data} /> : null}
      <CalendarFeedSection />
    </>
  );
}

function Overview({ overview }: { overview: EvidenceOverview }) {
  const api = useApi();
  const registration = overview.registration_body
    ? [labelFor(registrationShortLabels, overview.registration_body), overview.registration_number].filter(Boolean).join(' ')
    : null;
  // Newest first reads best; the API lists them oldest first.
  const activities = [...overview.activities].reverse();

  return (
    <>
      <div className="evidence-top">
        <section className="card evidence-section evidence-progress" aria-labelledby="voortgang-titel">
          <h2 id="voortgang-titel">{e.progressHeading}</h2>
          <EvidenceProgress
            labelId="voortgang-titel"
            count={overview.confirmed_count}
            norm={overview.norm_meetings}
            years={overview.window_years}
          />
          <dl className="evidence-facts">
            <div>
              <dt>{e.countLabel}</dt>
              <dd>{e.meetings(overview.confirmed_count)}</dd>
            </div>
            <div>
              <dt>{e.hoursLabel}</dt>
              <dd>{formatHours(overview.total_hours)}</dd>
            </div>
            <div>
              <dt>{e.registerLabel}</dt>
              <dd>
                {registration ?? (
                  <>
                    {e.noRegister} · <Link to="/mijn-profiel">{e.editProfile}</Link>
                  </>
                )}
              </dd>
            </div>
          </dl>
          <p className="evidence-note">
            {e.period(formatPlainDate(overview.window_start), formatPlainDate(overview.window_end))}{' '}
            {e.norm(overview.norm_meetings, overview.window_years)}
          </p>
          <p className="evidence-note">{e.countRule}</p>
        </section>
        <section className="card evidence-section evidence-downloads" aria-labelledby="downloaden-titel">
          <h2 id="downloaden-titel">{e.downloadsHeading}</h2>
          <p>{e.downloadsIntro}</p>
          <div className="evidence-downloads__buttons">
            <DownloadButton fetchFile={() => downloadEvidencePdf(api)} busyLabel={sessionsNl.common.downloading}>
              {e.pdf}
            </DownloadButton>
            <DownloadButton fetchFile={() => downloadEvidenceCsv(api)} busyLabel={sessionsNl.common.downloading}>
              {e.csv}
            </DownloadButton>
          </div>
        </section>
      </div>

      {overview.awaiting_confirmation.length > 0 ? (
        <section className="card evidence-section evidence-pending" aria-labelledby="aftekenen-titel">
          <h2 id="aftekenen-titel">{e.pendingHeading}</h2>
          <p>{e.pendingIntro}</p>
          <ul className="evidence-pending__list">
            {overview.awaiting_confirmation.map((pending) => (
              <li key={pending.session_id}>
                <span>{e.pendingItem(pending.group_name, formatLongDate(pending.starts_at))}</span>
                <Link className="button button--primary button--small" to={sessionPath(pending.session_id)}>
                  {e.pendingAction}
                  {' '}
                  <span className="visually-hidden">({e.pendingItem(pending.group_name, formatLongDate(pending.starts_at))})</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="section section--tight evidence-activities" aria-labelledby="activiteiten-titel">
        <h2 id="activiteiten-titel">{e.activitiesHeading}</h2>
        {activities.length === 0 ? (
          <p className="card empty-state">{e.activitiesEmpty}</p>
        ) : (
          <ol className="activity-list" aria-label={e.activitiesLabel}>
            {activities.map((activity) => (
              <ActivityItem key={`${activity.source}-${activity.source_id}`} activity={activity} />
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function ActivityItem({ activity }: { activity: EvidenceActivity }) {
  const date = formatLongDate(activity.starts_at);
  const title =
    activity.source === 'session' ? (
      <Link to={sessionPath(activity.source_id)}>{activity.title}</Link>
    ) : (
      activity.title
    );
  return (
    <li className="card activity">
      <p className="activity__date">{date}</p>
      <h3 className="activity__title">{title}</h3>
      <p className="activity__kind">{activity.source === 'event' ? e.sourceEvent : e.sourceSession}</p>
      <dl className="activity__facts">
        <div>
          <dt>{e.time}</dt>
          <dd>{formatTimeRange(activity.starts_at, activity.ends_at)}</dd>
        </div>
        <div>
          <dt>{e.duration}</dt>
          <dd>{formatDuration(activity.minutes)}</dd>
        </div>
        <div>
          <dt>{e.method}</dt>
          <dd>{activity.method ?? sessionsNl.common.notSet}</dd>
        </div>
        <div>
          <dt>{e.facilitator}</dt>
          <dd>{activity.facilitator ?? sessionsNl.common.notSet}</dd>
        </div>
        <div>
          <dt>{e.confirmedAt}</dt>
          <dd>{formatTimestamp(activity.confirmed_at)}</dd>
        </div>
      </dl>
    </li>
  );
}
