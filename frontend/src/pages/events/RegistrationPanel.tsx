import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import type { RedirectState } from '../../auth/RequireAuth';
import { useAuth } from '../../auth/useAuth';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../components/fieldIds';
import { useFormFeedback } from '../../components/useFormFeedback';
import { eventsNl, memberKindLabels, labelFor } from '../../i18n/nl';
import { AttendanceForm } from './AttendanceForm';
import { CalendarButton } from './CalendarButton';
import { coachView } from './coachView';
import { formatDateTime, formatShortDate } from './format';
import { cancelRegistration, registerForEvent, useMyRegistration, useRefreshEvents, useRooms } from './eventsApi';
import { registrationAction } from './registrationState';
import type { EventPublic, MyRegistration, RoomOverview } from './types';

const t = eventsNl.registration;

/**
 * The action area of an event page: log in, register (or join the waitlist), one's registration
 * with room and links, or, for a coach, the rooms they lead.
 */
export function RegistrationPanel({ event }: { event: EventPublic }) {
  const { status, user } = useAuth();
  const loggedIn = status === 'authenticated';
  const registration = useMyRegistration(event.id, loggedIn);
  const rooms = useRooms(event.id, loggedIn);
  const [flash, setFlash] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  /** After an action the button that had focus is gone: announce the result and focus the heading. */
  function done(message: string) {
    setFlash(message);
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  const action = registrationAction({
    event,
    auth: status,
    registration: registration.data,
    coachRooms: rooms.data === undefined ? undefined : coachView(rooms.data, user),
    error: registration.error ?? rooms.error ?? undefined,
  });

  let heading: string = t.heading;
  let body;
  switch (action.kind) {
    case 'loading':
      body = <LoadingMessage>{t.loading}</LoadingMessage>;
      break;
    case 'error':
      body = <p className="notice notice--error">{problemMessage(toApiError(action.error).problem)}</p>;
      break;
    case 'eventCancelled':
      body = <p className="notice notice--warning">{t.cancelledEvent}</p>;
      break;
    case 'draft':
      body = <p>{t.closedNotYetPublished}</p>;
      break;
    case 'loggedOut':
      body = action.open ? <LoggedOut event={event} /> : <p>{t.closed(formatDateTime(event.registration_closes_at))}</p>;
      break;
    case 'closed':
      body = <p>{t.closed(formatDateTime(event.registration_closes_at))}</p>;
      break;
    case 'canRegister':
      body = <RegisterForm event={event} full={action.full} onDone={done} />;
      break;
    case 'registered':
      heading = t.yourHeading;
      body = <RegisteredView event={event} registration={action.registration} canCancel={action.canCancel} onDone={done} />;
      break;
    case 'waitlisted':
      heading = t.yourHeading;
      body = <WaitlistedView event={event} registration={action.registration} canCancel={action.canCancel} onDone={done} />;
      break;
    case 'coach':
      heading = t.coachHeading;
      body = <CoachView event={event} rooms={action.rooms} />;
      break;
  }

  return (
    <section className="card join-panel event-panel" aria-labelledby="aanmelden-titel">
      <h2 id="aanmelden-titel" ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <StatusMessage message={flash} />
      {body}
    </section>
  );
}

function LoggedOut({ event }: { event: EventPublic }) {
  const location = useLocation();
  const state: RedirectState = { from: `${location.pathname}${location.search}` };
  return (
    <>
      <Availability event={event} />
      <p>{t.loginPrompt}</p>
      <div className="join-panel__actions">
        <Link className="button button--primary" to="/inloggen" state={state}>
          {t.loginLink}
        </Link>
        <Link className="button button--secondary" to="/registreren">
          {t.registerLink}
        </Link>
      </div>
    </>
  );
}

function Availability({ event }: { event: EventPublic }) {
  if (event.spots_left > 0) return <p className="event-panel__availability">{t.spotsLeft(event.spots_left)}</p>;
  return (
    <div className="notice notice--info">
      <p>{t.fullIntro}</p>
      <p>{t.waitlistNow(event.waitlist_count)}</p>
    </div>
  );
}

const FORM_ID = 'aanmelden-bijeenkomst';
const FIELDS = ['household_code'] as const;
const HOUSEHOLD_PATTERN = /^[\p{L}\p{N}_\- ]{2,40}$/u;

export function validateHouseholdCode(code: string): string | undefined {
  const trimmed = code.trim();
  if (trimmed === '') return undefined;
  return HOUSEHOLD_PATTERN.test(trimmed) ? undefined : t.householdInvalid;
}

function RegisterForm({ event, full, onDone }: { event: EventPublic; full: boolean; onDone: (message: string) => void }) {
  const api = useApi();
  const refresh = useRefreshEvents();
  const [household, setHousehold] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const feedback = useFormFeedback<(typeof FIELDS)[number]>(FORM_ID, FIELDS);

  async function submit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    const error = validateHouseholdCode(household);
    if (error) {
      feedback.showErrors({ household_code: error });
      return;
    }
    feedback.clearErrors();
    setSubmitting(true);
    try {
      const registration = await registerForEvent(api, event.id, household.trim() || null);
      await refresh();
      onDone(registration.status === 'waitlisted' ? t.waitlisted(registration.waitlist_position) : t.registered);
    } catch (caught) {
      feedback.showServerError(caught);
      setSubmitting(false);
    }
  }

  return (
    <>
      <Availability event={event} />
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={FORM_ID} noValidate onSubmit={submit} aria-busy={submitting}>
        <TextField
          id={fieldId(FORM_ID, 'household_code')}
          name="household_code"
          label={t.householdCode}
          hint={t.householdHint}
          value={household}
          onChange={setHousehold}
          error={feedback.fieldErrors.household_code}
          autoComplete="off"
        />
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? t.submitting : full ? t.submitWaitlist : t.submit}
        </button>
      </form>
    </>
  );
}

function useCancel(eventId: string, onDone: (message: string) => void, message: string) {
  const api = useApi();
  const refresh = useRefreshEvents();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await cancelRegistration(api, eventId);
      await refresh();
      setConfirming(false);
      onDone(message);
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(false);
    }
  }

  return {
    confirming,
    busy,
    error,
    open: () => setConfirming(true),
    close: () => {
      setConfirming(false);
      setError(null);
    },
    confirm: () => void confirm(),
  };
}

function RegisteredView({
  event,
  registration,
  canCancel,
  onDone,
}: {
  event: EventPublic;
  registration: MyRegistration;
  canCancel: boolean;
  onDone: (message: string) => void;
}) {
  const cancel = useCancel(event.id, onDone, t.cancelled);
  const { room } = registration;
  return (
    <>
      <p className="event-panel__state event-panel__state--registered">
        <svg className="join-panel__check" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M5 12.5l4.5 4.5L19 7.5" />
        </svg>
        <strong>{t.registered}</strong>
      </p>
      <p className="event-panel__meta">
        {t.registeredOn(formatShortDate(registration.registered_at))}
        {registration.household_code ? (
          <>
            <br />
            {t.householdShown(registration.household_code)}
          </>
        ) : null}
      </p>
      {registration.attended === true ? <p className="notice notice--success">{t.attended}</p> : null}
      {registration.attended === false ? <p className="notice notice--info">{t.notAttended}</p> : null}

      {room ? (
        <div className="room-box">
          <p className="room-box__title">{t.yourRoom(room.number, room.coach?.full_name ?? null)}</p>
        </div>
      ) : (
        <p className="notice notice--info">{event.rooms_assigned ? t.roomNotYet : t.roomPending}</p>
      )}

      <h3>{t.linksHeading}</h3>
      {registration.plenary_url || room ? <p className="event-panel__hint">{t.linksHint}</p> : null}
      <ul className="event-links">
        <li>
          {registration.plenary_url ? (
            <a className="event-link" href={registration.plenary_url} target="_blank" rel="noreferrer" aria-label={t.plenaryLinkLabel}>
              {t.plenaryLink}
              <ExternalIcon />
            </a>
          ) : (
            <span className="event-link event-link--pending">{t.plenaryPending}</span>
          )}
        </li>
        {room ? (
          <li>
            <a className="event-link" href={room.video_url} target="_blank" rel="noreferrer" aria-label={t.roomLinkLabel(room.number)}>
              {t.roomLink}
              <ExternalIcon />
            </a>
          </li>
        ) : null}
      </ul>

      <CalendarButton eventId={event.id} />

      <div className="join-panel__actions">
        {canCancel ? (
          <button type="button" className="button button--danger-outline" onClick={cancel.open}>
            {t.cancel}
          </button>
        ) : (
          <p className="event-panel__hint">{t.cannotCancelStarted}</p>
        )}
      </div>
      <ConfirmDialog
        open={cancel.confirming}
        title={t.cancelConfirmTitle}
        text={t.cancelConfirmText}
        confirmLabel={t.cancel}
        cancelLabel={t.keep}
        busy={cancel.busy}
        error={cancel.error}
        onCancel={cancel.close}
        onConfirm={cancel.confirm}
      />
    </>
  );
}

function WaitlistedView({
  event,
  registration,
  canCancel,
  onDone,
}: {
  event: EventPublic;
  registration: MyRegistration;
  canCancel: boolean;
  onDone: (message: string) => void;
}) {
  const cancel = useCancel(event.id, onDone, t.cancelledWaitlist);
  return (
    <>
      <p className="event-panel__state event-panel__state--waitlisted">
        <strong>{t.waitlisted(registration.waitlist_position)}</strong>
      </p>
      <p>{t.waitlistExplain}</p>
      <p className="event-panel__meta">{t.registeredOn(formatShortDate(registration.registered_at))}</p>
      {canCancel ? (
        <div className="join-panel__actions">
          <button type="button" className="button button--secondary" onClick={cancel.open}>
            {t.cancelWaitlist}
          </button>
        </div>
      ) : null}
      <ConfirmDialog
        open={cancel.confirming}
        title={t.cancelWaitlistConfirmTitle}
        text={t.cancelWaitlistConfirmText}
        confirmLabel={t.cancelWaitlist}
        cancelLabel={eventsNl.form.cancel}
        busy={cancel.busy}
        error={cancel.error}
        onCancel={cancel.close}
        onConfirm={cancel.confirm}
      />
    </>
  );
}

function CoachView({ event, rooms }: { event: EventPublic; rooms: RoomOverview }) {
  const c = eventsNl.coach;
  const assigned = rooms.rooms_assigned_at !== null;
  return (
    <>
      <p>{c.intro}</p>
      {!assigned ? <p className="notice notice--info">{c.notAssigned}</p> : null}
      {assigned && rooms.rooms.length === 0 ? <p className="notice notice--info">{c.noRoom}</p> : null}
      {rooms.rooms.map((room) => (
        <div key={room.number} className="coach-room">
          <h3>{c.roomHeading(room.number)}</h3>
          <p>
            <a className="event-link" href={room.video_url} target="_blank" rel="noreferrer" aria-label={c.roomLinkLabel(room.number)}>
              {c.roomLink(room.number)}
              <ExternalIcon />
            </a>
          </p>
          <p className="event-panel__meta">{c.participants(room.size)}</p>
          {room.participants.length === 0 ? (
            <p>{c.empty}</p>
          ) : (
            <ul className="member-list">
              {room.participants.map((person) => (
                <li key={person.registration_id} className="member-list__item">
                  <span className="member-list__name">{person.full_name}</span>
                  <span className="member-list__role">
                    {labelFor(memberKindLabels, person.kind)} · {person.experienced ? eventsNl.kinds.experienced : eventsNl.kinds.starter}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {room.participants.length > 0 ? (
            <details className="coach-room__attendance">
              <summary>{eventsNl.attendance.heading}</summary>
              <AttendanceForm
                eventId={event.id}
                startsAt={event.starts_at}
                idPrefix={`aanwezig-kamer-${room.number}`}
                participants={room.participants}
              />
            </details>
          ) : null}
        </div>
      ))}
      <CalendarButton eventId={event.id} />
    </>
  );
}

export function ExternalIcon() {
  return (
    <svg className="event-link__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
    </svg>
  );
}
