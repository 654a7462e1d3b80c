import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CopyField } from '../../components/CopyField';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { sessionsNl } from '../../i18n/nl';
import { formatTimestamp } from '../sessions/amsterdamTime';
import type { CalendarFeedCreated } from '../sessions/types';
import { calendarFeedKey, createCalendarFeed, revokeCalendarFeed, useCalendarFeed } from './evidenceApi';

const f = sessionsNl.feed;

/**
 * The personal calendar feed: a secret link with the sessions of all the member's groups.
 * The link is shown once, right after making it; making a new one switches the old one off.
 */
export function CalendarFeedSection() {
  const api = useApi();
  const queryClient = useQueryClient();
  const feed = useCalendarFeed();
  const [created, setCreated] = useState<CalendarFeedCreated | null>(null);
  const [confirming, setConfirming] = useState<'rotate' | 'revoke' | null>(null);
  const [busy, setBusy] = useState<'create' | 'revoke' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const active = feed.data?.active ?? false;

  async function create() {
    setBusy('create');
    setError(null);
    setMessage(null);
    try {
      const made = await createCalendarFeed(api);
      setCreated(made);
      setConfirming(null);
      await queryClient.invalidateQueries({ queryKey: calendarFeedKey });
      setMessage(f.created);
      requestAnimationFrame(() => document.getElementById('agendalink')?.focus());
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(null);
    }
  }

  async function revoke() {
    setBusy('revoke');
    setError(null);
    setMessage(null);
    try {
      await revokeCalendarFeed(api);
      setCreated(null);
      setConfirming(null);
      await queryClient.invalidateQueries({ queryKey: calendarFeedKey });
      setMessage(f.revoked);
      requestAnimationFrame(() => headingRef.current?.focus());
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card evidence-section calendar-feed" aria-labelledby="agenda-titel">
      <h2 id="agenda-titel" ref={headingRef} tabIndex={-1}>
        {f.heading}
      </h2>
      <p>{f.intro}</p>
      <StatusMessage message={message} />
      {feed.isPending ? <LoadingMessage>{f.loading}</LoadingMessage> : null}
      {feed.isError ? <p className="notice notice--error">{problemMessage(toApiError(feed.error).problem)}</p> : null}
      {feed.data ? (
        <p className="calendar-feed__state">
          {active && feed.data.created_at ? f.active(formatTimestamp(feed.data.created_at)) : f.inactive}
        </p>
      ) : null}
      {created ? (
        <div className="calendar-feed__link">
          <CopyField
            id="agendalink"
            label={f.urlLabel}
            hint={f.urlHint}
            value={created.url}
            copyLabel={sessionsNl.copy.copy}
            copiedMessage={sessionsNl.copy.copied}
            failedMessage={sessionsNl.copy.failed}
          />
          <p>
            <a href={created.webcal_url}>{f.openInApp}</a>
          </p>
        </div>
      ) : null}
      {error && confirming === null ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {feed.data ? (
        <div className="form__actions">
          <button
            type="button"
            className={active ? 'button button--secondary' : 'button button--primary'}
            disabled={busy !== null}
            onClick={() => (active ? setConfirming('rotate') : void create())}
          >
            {busy === 'create' ? f.creating : active ? f.rotate : f.create}
          </button>
          {active ? (
            <button
              type="button"
              className="button button--danger-outline"
              disabled={busy !== null}
              onClick={() => setConfirming('revoke')}
            >
              {busy === 'revoke' ? f.revoking : f.revoke}
            </button>
          ) : null}
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming === 'rotate'}
        title={f.rotateTitle}
        text={f.rotateText}
        confirmLabel={f.rotate}
        cancelLabel={f.keep}
        busy={busy !== null}
        error={confirming === 'rotate' ? error : null}
        onCancel={() => {
          setConfirming(null);
          setError(null);
        }}
        onConfirm={() => void create()}
      />
      <ConfirmDialog
        open={confirming === 'revoke'}
        title={f.revokeTitle}
        text={f.revokeText}
        confirmLabel={f.revoke}
        cancelLabel={f.keep}
        busy={busy !== null}
        error={confirming === 'revoke' ? error : null}
        onCancel={() => {
          setConfirming(null);
          setError(null);
        }}
        onConfirm={() => void revoke()}
      />
    </section>
  );
}
