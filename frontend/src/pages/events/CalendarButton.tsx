import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { StatusMessage } from '../../components/StatusMessage';
import { eventsNl } from '../../i18n/nl';
import { downloadCalendar, saveFile } from './eventsApi';

const t = eventsNl.registration;

/** Downloads the personal .ics file through the API client (it needs the bearer token) and saves it. */
export function CalendarButton({ eventId }: { eventId: string }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      saveFile(await downloadCalendar(api, eventId));
      setMessage(t.calendarDone);
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="calendar-button">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void download()}
        disabled={busy}
        aria-describedby={`agenda-hint-${eventId}`}
      >
        <svg className="button__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <rect x="3.5" y="5" width="17" height="15" rx="2" />
          <path d="M3.5 10h17M8 3v4M16 3v4M12 13v5M9.5 15.5h5" />
        </svg>
        {busy ? t.calendarBusy : t.calendar}
      </button>
      <p className="calendar-button__hint" id={`agenda-hint-${eventId}`}>
        {t.calendarHint}
      </p>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <StatusMessage message={message} />
    </div>
  );
}
