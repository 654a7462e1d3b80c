import { useRef, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { useAuth } from '../../auth/useAuth';
import { DownloadButton } from '../../components/DownloadButton';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { nl, sessionsNl, sessionStatusLabels, labelFor } from '../../i18n/nl';
import { formatDuration } from '../groups/format';
import { formatLongDate, formatTime, formatTimeRange, formatTimestamp } from './amsterdamTime';
import { SessionEvaluationSection } from '../evaluations/SessionEvaluationSection';
import { AttendanceForm } from './AttendanceForm';
import { CancelSessionDialog } from './CancelSessionDialog';
import { RsvpControl } from './RsvpControl';
import {
  confirmAttendance,
  downloadAttendancePdf,
  downloadSessionCalendar,
  useAttendance,
  useAudit,
  useGroupPermissions,
  useRefreshSessions,
  useResponses,
  useSession,
} from './sessionsApi';
import { canCancel, groupSessionsPath, hasStarted, sessionPath } from './sessionState';
import type { AttendanceAuditEntry, AttendanceList, SessionPublic } from './types';

const t = sessionsNl.session;
const a = sessionsNl.attendance;

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function SessionPage() {
  const { id = '' } = useParams();
  const query = useSession(id);
  const session = query.data?.session;
  useDocumentTitle(session ? t.title(formatLongDate(session.starts_at)) : query.isError ? t.notFoundHeading : nl.common.loading);

  if (query.isPending) return <LoadingMessage>{nl.common.loading}</LoadingMessage>;
  if (!session) {
    const error = toApiError(query.error);
    return (
      <div className="narrow">
        <h1>{error.status === 404 ? t.notFoundHeading : sessionsNl.common.loadFailed}</h1>
        <p className="lead">{problemMessage(error.problem)}</p>
        <p>
          <Link to="/mijn-bijeenkomsten">{sessionsNl.mine.heading}</Link>
        </p>
      </div>
    );
  }
  return <SessionView session={session} />;
}

function SessionView({ session }: { session: SessionPublic }) {
  const { user } = useAuth();
  const api = useApi();
  const permissions = useGroupPermissions(session.group.id);
  const [flash, setFlash] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const date = formatLongDate(session.starts_at);
  const started = hasStarted(session);
  const cancelled = session.status === 'cancelled';
  const isFacilitator = Boolean(user && session.facilitator?.id === user.id && permissions.isMember);
  const canRecord = permissions.canManage || isFacilitator;

  return (
    <>
      <p className="back-link">
        <Link to={groupSessionsPath(session.group.slug)}>
          <span aria-hidden="true">← </span>
          {t.backToList(session.group.name)}
        </Link>
      </p>
      <p className="eyebrow">{session.group.name}</p>
      <h1 ref={headingRef}>{t.heading(date)}</h1>
      <p className="session-header__time">
        {formatTimeRange(session.starts_at, session.ends_at)}{' '}
        <span className="session-header__muted">
          ({formatDuration(session.duration_minutes)}, {sessionsNl.common.dutchTimeShort})
        </span>
      </p>
      <StatusMessage message={flash} />
      {cancelled ? (
        <div className="notice notice--warning session-cancelled">
          <p>
            <strong>{t.cancelledHeading}</strong>
          </p>
          <p>{session.cancel_reason ?? t.cancelledNoReason}</p>
        </div>
      ) : null}

      <div className="session-layout">
        <div className="session-layout__main">
          <section className="card session-section" aria-labelledby="praktisch-titel">
            <h2 id="praktisch-titel">{t.factsHeading}</h2>
            <dl className="summary-list session-facts">
              <Row term={t.date}>{date}</Row>
              <Row term={t.time}>{formatTimeRange(session.starts_at, session.ends_at)}</Row>
              <Row term={t.where}>
                {session.location_text ? (
                  <>
                    <span className="preserve-lines">{session.location_text}</span>
                    <span className="summary-list__hint">{t.whereHint}</span>
                  </>
                ) : (
                  sessionsNl.common.notSet
                )}
              </Row>
              {session.online_url ? (
                <Row term={t.online}>
                  <a href={session.online_url} target="_blank" rel="noopener noreferrer">
                    {t.joinCall}
                    {' '}
                    <span className="visually-hidden">{t.joinCallHint}</span>
                  </a>
                </Row>
              ) : null}
              <Row term={t.method}>
                {session.method?.name ?? sessionsNl.common.noMethod}
              </Row>
              <Row term={t.facilitator}>{session.facilitator?.full_name ?? sessionsNl.common.notSet}</Row>
              <Row term={t.caseBringer}>{session.case_bringer?.full_name ?? sessionsNl.common.notSet}</Row>
              <Row term={t.status}>{labelFor(sessionStatusLabels, session.status)}</Row>
              {session.notes.trim() ? (
                <Row term={t.notes}>
                  <span className="preserve-lines">{session.notes}</span>
                </Row>
              ) : null}
            </dl>
            {!cancelled ? (
              <div className="session-actions">
                <DownloadButton
                  fetchFile={() => downloadSessionCalendar(api, session.id)}
                  busyLabel={sessionsNl.common.downloading}
                  describedBy="agenda-hint"
                >
                  {t.addToCalendar}
                </DownloadButton>
                <p className="session-actions__hint" id="agenda-hint">
                  {t.calendarHint}
                </p>
                <Link className="button button--secondary" to={`${sessionPath(session.id)}/casus`}>
                  {t.bringCase}
                </Link>
                <Link className="button button--secondary" to={`${sessionPath(session.id)}/leiden`}>
                  {t.openRunner}
                </Link>
              </div>
            ) : null}
            {!started && !cancelled ? <p className="session-later">{a.notStarted(date, formatTime(session.starts_at))}</p> : null}
            {permissions.canManage && canCancel(session) ? (
              <div className="session-manage">
                <h3>{t.manageHeading}</h3>
                <div className="session-manage__buttons">
                  <Link className="button button--secondary" to={`${sessionPath(session.id)}/wijzigen`}>
                    {t.edit}
                  </Link>
                  <button type="button" className="button button--danger-outline" onClick={() => setCancelling(true)}>
                    {t.cancel}
                  </button>
                </div>
              </div>
            ) : null}
          </section>

          {started && !cancelled ? (
            <AttendanceSection session={session} canRecord={canRecord} canSeeAudit={permissions.canManage} />
          ) : null}
          <SessionEvaluationSection
            session={session}
            canSeeResults={permissions.isMember || Boolean(user?.is_admin)}
            isFacilitator={isFacilitator}
          />

        </div>

        <div className="session-layout__aside">
          {permissions.isMember && !cancelled ? (
            <section className="card session-section session-rsvp" aria-labelledby="kom-je-titel">
              <h2 id="kom-je-titel">{started ? sessionsNl.rsvp.questionPast : sessionsNl.rsvp.question}</h2>
              <RsvpControl session={session} />
            </section>
          ) : null}
          {!cancelled ? <ResponsesSection session={session} started={started} /> : null}
        </div>
      </div>

      <CancelSessionDialog
        session={cancelling ? session : null}
        onClose={() => setCancelling(false)}
        onCancelled={() => {
          setCancelling(false);
          setFlash(sessionsNl.group.cancelled(date));
          requestAnimationFrame(() => headingRef.current?.focus());
        }}
      />
    </>
  );
}

function PersonList({ people, reasons }: { people: { id: string; name: string; reason?: string | null }[]; reasons?: boolean }) {
  if (people.length === 0) return <p className="who__empty">{sessionsNl.common.nobody}</p>;
  return (
    <ul className="who__list">
      {people.map((person) => (
        <li key={person.id}>
          {person.name}
          {reasons && person.reason ? (
            <span className="who__reason">
              {t.reasonLabel} {person.reason}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function ResponsesSection({ session, started }: { session: SessionPublic; started: boolean }) {
  const responses = useResponses(session.id);
  const data = responses.data;
  return (
    <section className="card session-section who" aria-labelledby="wie-titel">
      <h2 id="wie-titel">{started ? t.whoHeadingPast : t.whoHeading}</h2>
      {responses.isPending ? <LoadingMessage>{t.whoLoading}</LoadingMessage> : null}
      {responses.isError ? <p className="notice notice--error">{problemMessage(toApiError(responses.error).problem)}</p> : null}
      {data ? (
        <>
          <h3 className="who__heading who__heading--present">{t.whoPresent(data.present.length)}</h3>
          <PersonList people={data.present.map((item) => ({ id: item.member.id, name: item.member.full_name }))} />
          <h3 className="who__heading who__heading--absent">{t.whoAbsent(data.absent.length)}</h3>
          <PersonList
            reasons
            people={data.absent.map((item) => ({ id: item.member.id, name: item.member.full_name, reason: item.reason }))}
          />
          <h3 className="who__heading who__heading--none">{t.whoUnanswered(data.unanswered.length)}</h3>
          <PersonList people={data.unanswered.map((person) => ({ id: person.id, name: person.full_name }))} />
        </>
      ) : null}
    </section>
  );
}

function AttendanceSection({
  session,
  canRecord,
  canSeeAudit,
}: {
  session: SessionPublic;
  canRecord: boolean;
  canSeeAudit: boolean;
}) {
  const api = useApi();
  const { user } = useAuth();
  const attendance = useAttendance(session.id);
  const [message, setMessage] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [editing, setEditing] = useState(false);
  const list = attendance.data;
  const headingRef = useRef<HTMLHeadingElement>(null);

  function saved(next: AttendanceList) {
    setFormKey((key) => key + 1);
    setEditing(false);
    setMessage(a.saved(next.present_count));
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  return (
    <section className="card session-section attendance" aria-labelledby="presentie-titel">
      <h2 id="presentie-titel" ref={headingRef} tabIndex={-1}>
        {a.heading}
      </h2>
      <p className="attendance__intro">{a.intro}</p>
      <StatusMessage message={message} />
      <MyConfirmation session={session} />
      {attendance.isPending ? <LoadingMessage>{a.loading}</LoadingMessage> : null}
      {attendance.isError ? <p className="notice notice--error">{problemMessage(toApiError(attendance.error).problem)}</p> : null}
      {list ? (
        <>
          {list.recorded ? (
            <p className="attendance__meta">
              {list.recorded_at
                ? list.recorded_by
                  ? a.recordedBy(list.recorded_by.full_name, formatTimestamp(list.recorded_at))
                  : a.recordedAt(formatTimestamp(list.recorded_at))
                : null}{' '}
              {a.counts(list.present_count, list.confirmed_count)}
            </p>
          ) : (
            <p className="attendance__meta">{a.notRecordedYet}</p>
          )}
          {list.recorded ? <PresentList list={list} /> : null}
          {canRecord && list.recorded ? (
            <button
              type="button"
              className="button button--secondary button--small attendance__edit"
              aria-expanded={editing}
              aria-controls="presentie-formulier"
              onClick={() => setEditing((open) => !open)}
            >
              {editing ? a.closeEdit : a.edit}
            </button>
          ) : null}
          {canRecord && (!list.recorded || editing) ? (
            <div id="presentie-formulier" className={list.recorded ? 'attendance__form attendance__form--edit' : 'attendance__form'}>
              <AttendanceForm key={formKey} sessionId={session.id} list={list} currentUserId={user?.id} onSaved={saved} />
            </div>
          ) : null}
          {list.recorded ? (
            <div className="session-actions">
              <DownloadButton
                fetchFile={() => downloadAttendancePdf(api, session.id)}
                busyLabel={sessionsNl.common.downloading}
                describedBy="pdf-hint"
              >
                {a.pdf}
              </DownloadButton>
              <p className="session-actions__hint" id="pdf-hint">
                {a.pdfHint}
              </p>
            </div>
          ) : null}
        </>
      ) : null}
      {canSeeAudit ? <AuditTrail sessionId={session.id} /> : null}
    </section>
  );
}

function PresentList({ list }: { list: AttendanceList }) {
  const present = list.entries.filter((entry) => entry.present);
  if (present.length === 0) return <p>{a.nobodyPresent}</p>;
  return (
    <ul className="attendance-list" aria-label={a.listLabel}>
      {present.map((entry) => (
        <li key={entry.member.id} className="attendance-list__item">
          <span className="attendance-list__name">{entry.member.full_name}</span>
          {entry.confirmed_at ? (
            <span className="session-pill session-pill--confirmed">{a.confirmedOn(formatTimestamp(entry.confirmed_at))}</span>
          ) : (
            <span className="session-pill session-pill--todo">{a.notConfirmed}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** "Aftekenen": only the member can confirm their own presence, once the list has them on it. */
function MyConfirmation({ session }: { session: SessionPublic }) {
  const api = useApi();
  const refresh = useRefreshSessions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [justConfirmed, setJustConfirmed] = useState(false);
  const mine = session.my_attendance;
  if (!session.attendance_recorded || !mine) return null;

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await confirmAttendance(api, session.id);
      setJustConfirmed(true);
      await refresh();
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={mine.present && !mine.confirmed_at ? 'my-confirmation my-confirmation--todo' : 'my-confirmation'}>
      <h3 className="my-confirmation__title">{a.myHeading}</h3>
      {!mine.present ? <p>{a.notOnList}</p> : null}
      {mine.present && mine.confirmed_at ? (
        <p className="my-confirmation__done" role={justConfirmed ? 'status' : undefined}>
          <svg className="join-panel__check" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M5 12.5l4.5 4.5L19 7.5" />
          </svg>
          <span>
            {a.confirmed(formatTimestamp(mine.confirmed_at))}
            {justConfirmed ? ` ${a.confirmedNow}` : null}
          </span>
        </p>
      ) : null}
      {mine.present && !mine.confirmed_at ? (
        <>
          <p>{a.confirmIntro}</p>
          <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={busy}>
            {busy ? a.confirming : a.confirm}
          </button>
        </>
      ) : null}
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function auditText(entry: AttendanceAuditEntry): string {
  const actor = entry.actor?.full_name ?? a.unknownActor;
  if (entry.action === 'marked_present') return a.auditMarkedPresent(actor, entry.member.full_name);
  if (entry.action === 'marked_absent') return a.auditMarkedAbsent(actor, entry.member.full_name);
  return a.auditConfirmed(entry.member.full_name);
}

function AuditTrail({ sessionId }: { sessionId: string }) {
  const audit = useAudit(sessionId);
  return (
    <div className="audit">
      <h3>{a.auditHeading}</h3>
      <p className="audit__intro">{a.auditIntro}</p>
      {audit.isPending ? <LoadingMessage>{a.auditLoading}</LoadingMessage> : null}
      {audit.isError ? <p className="notice notice--error">{problemMessage(toApiError(audit.error).problem)}</p> : null}
      {audit.data && audit.data.items.length === 0 ? <p>{a.auditEmpty}</p> : null}
      {audit.data && audit.data.items.length > 0 ? (
        <ol className="audit__list">
          {audit.data.items.map((entry, index) => (
            <li key={`${entry.at}-${entry.member.id}-${entry.action}-${index}`} className="audit__item">
              <time className="audit__when" dateTime={entry.at}>
                {formatTimestamp(entry.at)}
              </time>
              <span>{auditText(entry)}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
