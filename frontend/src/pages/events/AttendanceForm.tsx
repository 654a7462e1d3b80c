import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { CheckboxField } from '../../components/CheckboxField';
import { StatusMessage } from '../../components/StatusMessage';
import { eventsNl } from '../../i18n/nl';
import { formatDateTime, hasStarted } from './format';
import { recordAttendance, useRefreshEvents } from './eventsApi';

const t = eventsNl.attendance;

export interface AttendanceRow {
  registration_id: string;
  full_name: string;
  attended: boolean | null;
}

interface AttendanceFormProps {
  eventId: string;
  startsAt: string;
  participants: readonly AttendanceRow[];
  /** Distinguishes the form's ids when there are several on one page. */
  idPrefix: string;
  now?: Date;
}

/** Checkboxes for who attended; from the start of the event (the API refuses earlier). */
export function AttendanceForm({ eventId, startsAt, participants, idPrefix, now }: AttendanceFormProps) {
  const api = useApi();
  const refresh = useRefreshEvents();
  const [present, setPresent] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(participants.map((row) => [row.registration_id, row.attended === true])),
  );
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (!hasStarted({ starts_at: startsAt }, now)) {
    return <p className="notice notice--info">{t.notYet(formatDateTime(startsAt))}</p>;
  }
  if (participants.length === 0) return <p>{t.none}</p>;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const saved = await recordAttendance(
        api,
        eventId,
        participants.map((row) => ({ registration_id: row.registration_id, attended: present[row.registration_id] === true })),
      );
      await refresh();
      setMessage(t.saved(saved.filter((record) => record.attended).length, saved.length));
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="attendance-form" noValidate onSubmit={submit} aria-busy={busy}>
      <fieldset className="fieldset">
        <legend className="fieldset__legend attendance-form__legend">{t.legend}</legend>
        <div className="attendance-form__list">
          {participants.map((row) => (
            <CheckboxField
              key={row.registration_id}
              id={`${idPrefix}-${row.registration_id}`}
              name="aanwezig"
              value={row.registration_id}
              label={row.full_name}
              hint={row.attended === null ? t.notRecorded : undefined}
              checked={present[row.registration_id] === true}
              onChange={(checked) => setPresent((current) => ({ ...current, [row.registration_id]: checked }))}
            />
          ))}
        </div>
      </fieldset>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <StatusMessage message={message} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t.saving : t.save}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setPresent(Object.fromEntries(participants.map((row) => [row.registration_id, true])))}
        >
          {t.allPresent}
        </button>
      </div>
    </form>
  );
}
