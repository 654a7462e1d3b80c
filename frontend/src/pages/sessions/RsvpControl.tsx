import { useId, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { TextAreaField } from '../../components/TextAreaField';
import { sessionsNl } from '../../i18n/nl';
import { formatLongDate } from './amsterdamTime';
import { respondToSession, useRefreshSessions } from './sessionsApi';
import { canRespond, hasStarted } from './sessionState';
import type { RsvpAnswer, SessionPublic } from './types';

const t = sessionsNl.rsvp;
export const REASON_MAX = 500;

interface RsvpControlProps {
  session: SessionPublic;
  /** Compact: for lists (smaller buttons, the session named for screen readers). */
  compact?: boolean;
  /** Name the group in the buttons' accessible names (lists across groups). */
  showGroup?: boolean;
  /** For tests: the current time. */
  now?: Date;
}

function stateText(answer: RsvpAnswer | undefined, past: boolean): string {
  if (answer === 'present') return past ? t.pastPresent : t.statePresent;
  if (answer === 'absent') return past ? t.pastAbsent : t.stateAbsent;
  return past ? t.pastNone : t.stateNone;
}

/**
 * "Ik kom" / "Ik kom niet" for one session. Coming is one click; not coming opens a short form
 * for an optional reason (only the coordinator and facilitator see it). Once the session has
 * started, or when it is called off, it only says what the member had answered.
 */
export function RsvpControl({ session, compact = false, showGroup = false, now }: RsvpControlProps) {
  const api = useApi();
  const refresh = useRefreshSessions();
  const uid = useId();
  const answer = session.my_response?.answer;
  const [askingReason, setAskingReason] = useState(false);
  const [reason, setReason] = useState(session.my_response?.reason ?? '');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState<RsvpAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const noButton = useRef<HTMLButtonElement>(null);
  const date = formatLongDate(session.starts_at);
  const context = showGroup ? t.context(date, session.group.name) : t.contextDate(date);
  const reasonId = `reden-${session.id}`;

  if (!canRespond(session, now)) {
    const cancelled = session.status === 'cancelled';
    return (
      <div className={compact ? 'rsvp rsvp--compact rsvp--closed' : 'rsvp rsvp--closed'}>
        <p className="rsvp__state">{cancelled ? t.closedCancelled : stateText(answer, true)}</p>
        {!cancelled && hasStarted(session, now) && !compact ? <p className="rsvp__note">{t.closedStarted}</p> : null}
      </div>
    );
  }

  async function send(next: RsvpAnswer, nextReason: string | null) {
    setBusy(next);
    setError(null);
    setMessage(null);
    try {
      await respondToSession(api, session.id, { answer: next, reason: nextReason });
      await refresh();
      setAskingReason(false);
      setMessage(next === 'present' ? t.savedPresent : t.savedAbsent);
      if (next === 'absent') requestAnimationFrame(() => noButton.current?.focus());
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(null);
    }
  }

  function submitAbsent(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason.trim().length > REASON_MAX) {
      setReasonError(t.reasonTooLong);
      return;
    }
    setReasonError(undefined);
    void send('absent', reason.trim() || null);
  }

  const buttonSize = compact ? ' button--small' : '';
  const stateId = `${uid}-state`;

  return (
    <div className={compact ? 'rsvp rsvp--compact' : 'rsvp'}>
      <p className={`rsvp__state rsvp__state--${answer ?? 'none'}`} id={stateId}>
        {stateText(answer, false)}
      </p>
      {answer === 'absent' && session.my_response?.reason && !askingReason ? (
        <p className="rsvp__reason">
          <span className="rsvp__reason-label">{t.yourReason}: </span>
          {session.my_response.reason}
        </p>
      ) : null}
      <div className="rsvp__buttons" role="group" aria-label={t.groupLabel(date)} aria-describedby={stateId}>
        <button
          type="button"
          className={`button${buttonSize} rsvp__button ${answer === 'present' ? 'rsvp__button--chosen' : 'button--secondary'}`}
          aria-pressed={answer === 'present'}
          disabled={busy !== null}
          onClick={() => void send('present', null)}
        >
          <svg className="rsvp__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M5 12.5l4.5 4.5L19 7.5" />
          </svg>
          {busy === 'present' ? t.saving : t.yes}
          {compact ? <>{' '}<span className="visually-hidden">{context}</span></> : null}
        </button>
        <button
          ref={noButton}
          type="button"
          className={`button${buttonSize} rsvp__button ${answer === 'absent' ? 'rsvp__button--chosen rsvp__button--no' : 'button--secondary'}`}
          aria-pressed={answer === 'absent'}
          aria-expanded={askingReason}
          aria-controls={askingReason ? `${reasonId}-form` : undefined}
          disabled={busy !== null}
          onClick={() => {
            setReason(session.my_response?.reason ?? '');
            setAskingReason((open) => !open);
          }}
        >
          <svg className="rsvp__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M7 7l10 10M17 7L7 17" />
          </svg>
          {t.no}
          {compact ? <>{' '}<span className="visually-hidden">{context}</span></> : null}
        </button>
      </div>
      {askingReason ? (
        <form className="rsvp__form" id={`${reasonId}-form`} noValidate onSubmit={submitAbsent} aria-busy={busy !== null}>
          <TextAreaField
            id={reasonId}
            name="reason"
            label={t.reason}
            hint={t.reasonHint}
            value={reason}
            onChange={setReason}
            error={reasonError}
            rows={3}
            counter={{ max: REASON_MAX, used: t.counter, over: t.counterOver }}
          />
          <div className="rsvp__form-actions">
            <button type="submit" className={`button button--primary${buttonSize}`} disabled={busy !== null}>
              {busy === 'absent' ? t.saving : t.sendAbsent}
            </button>
            <button
              type="button"
              className={`button button--link${buttonSize}`}
              onClick={() => {
                setAskingReason(false);
                setReasonError(undefined);
                noButton.current?.focus();
              }}
            >
              {t.cancelAbsent}
            </button>
          </div>
        </form>
      ) : null}
      {error ? (
        <p className="notice notice--error rsvp__error" role="alert">
          {error}
        </p>
      ) : null}
      <div role="status" aria-live="polite" className="rsvp__status">
        {message}
      </div>
    </div>
  );
}
