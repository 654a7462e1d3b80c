import { useEffect, useId, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { TextAreaField } from '../../components/TextAreaField';
import { sessionsNl } from '../../i18n/nl';
import { formatLongDate } from './amsterdamTime';
import { REASON_MAX } from './RsvpControl';
import { cancelSession, useRefreshSessions } from './sessionsApi';
import type { SessionPublic } from './types';

const t = sessionsNl.cancel;

interface CancelSessionDialogProps {
  session: SessionPublic | null;
  onClose: () => void;
  onCancelled: (session: SessionPublic) => void;
}

/**
 * Calling a session off, with an optional reason the group will see. A native modal <dialog>:
 * focus stays inside, Escape closes it, and "Niet afzeggen" has focus first.
 */
export function CancelSessionDialog({ session, onClose, onCancelled }: CancelSessionDialogProps) {
  const api = useApi();
  const refresh = useRefreshSessions();
  const ref = useRef<HTMLDialogElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = session !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setReason('');
      setError(null);
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      keepRef.current?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  async function confirm() {
    if (!session) return;
    if (reason.trim().length > REASON_MAX) {
      setError(sessionsNl.rsvp.reasonTooLong);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const cancelled = await cancelSession(api, session.id, reason.trim() || null);
      await refresh();
      onCancelled(cancelled);
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(false);
    }
  }

  const date = session ? formatLongDate(session.starts_at) : '';
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      {session ? (
        <>
          <h2 id={titleId} className="dialog__title">
            {t.title(date)}
          </h2>
          <p id={textId}>{t.text}</p>
          <TextAreaField
            id={`afzeggen-reden-${session.id}`}
            name="reason"
            label={t.reason}
            hint={t.reasonHint}
            value={reason}
            onChange={setReason}
            rows={3}
            counter={{ max: REASON_MAX, used: sessionsNl.rsvp.counter, over: sessionsNl.rsvp.counterOver }}
          />
          {error ? (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="form__actions">
            <button type="button" className="button button--danger" onClick={() => void confirm()} disabled={busy}>
              {busy ? t.busy : t.confirm}
            </button>
            <button type="button" className="button button--secondary" ref={keepRef} onClick={onClose} disabled={busy}>
              {t.keep}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
