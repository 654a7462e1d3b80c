import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { CheckboxField } from '../../components/CheckboxField';
import { sessionsNl } from '../../i18n/nl';
import { formatTimestamp } from './amsterdamTime';
import { recordAttendance, useRefreshSessions } from './sessionsApi';
import type { AttendanceEntry, AttendanceList } from './types';

const t = sessionsNl.attendance;

/** Who starts ticked: the recorded list, or before the first recording everyone who said they would come. */
export function initialPresent(list: AttendanceList): string[] {
  const entries = list.entries;
  const ticked = list.recorded ? entries.filter((entry) => entry.present) : entries.filter((entry) => entry.rsvp === 'present');
  return ticked.map((entry) => entry.member.id);
}

function rsvpHint(entry: AttendanceEntry): string {
  const said = entry.rsvp === 'present' ? t.rsvpPresent : entry.rsvp === 'absent' ? t.rsvpAbsent : t.rsvpNone;
  return entry.confirmed_at ? `${said} ${t.confirmedHint(formatTimestamp(entry.confirmed_at))}` : said;
}

interface AttendanceFormProps {
  sessionId: string;
  list: AttendanceList;
  currentUserId: string | undefined;
  onSaved: (list: AttendanceList) => void;
}

/**
 * The facilitator or a coordinator ticks who was present. Saving again keeps the confirmations of
 * those still ticked; whoever is unticked loses theirs (the hint says so).
 */
export function AttendanceForm({ sessionId, list, currentUserId, onSaved }: AttendanceFormProps) {
  const api = useApi();
  const refresh = useRefreshSessions();
  const [present, setPresent] = useState<string[]>(() => initialPresent(list));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const legendId = 'presentie-legend';
  const errorId = 'presentie-error';

  function toggle(memberId: string, checked: boolean) {
    setPresent((current) => (checked ? [...current, memberId] : current.filter((id) => id !== memberId)));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (present.length === 0) {
      setError(t.noneSelected);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      // Keep the order of the list, so the request is stable.
      const ids = list.entries.map((entry) => entry.member.id).filter((id) => present.includes(id));
      const saved = await recordAttendance(api, sessionId, ids);
      await refresh();
      onSaved(saved);
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="attendance-form" noValidate onSubmit={submit} aria-busy={busy}>
      <fieldset
        className={error ? 'choice-group field field--error' : 'choice-group field'}
        aria-describedby={`${legendId}-hint${error ? ` ${errorId}` : ''}`}
      >
        <legend className="field__label choice-group__legend" id={legendId}>
          {t.legend}
        </legend>
        <p className="field__hint" id={`${legendId}-hint`}>
          {t.legendHint}
        </p>
        {error ? (
          <p className="field__error" id={errorId} role="alert">
            {error}
          </p>
        ) : null}
        <div className="attendance-form__options">
          {list.entries.map((entry) => (
            <CheckboxField
              key={entry.member.id}
              id={`aanwezig-${entry.member.id}`}
              name="present"
              value={entry.member.id}
              label={
                <>
                  {entry.member.full_name}
                  {entry.member.id === currentUserId ? <span className="member-list__you"> {sessionsNl.common.you}</span> : null}
                </>
              }
              hint={rsvpHint(entry)}
              checked={present.includes(entry.member.id)}
              onChange={(checked) => toggle(entry.member.id, checked)}
            />
          ))}
        </div>
      </fieldset>
      <p className="attendance-form__count" aria-live="polite">
        {t.selected(present.length, list.entries.length)}
      </p>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t.saving : list.recorded ? t.submitAgain : t.submitFirst}
      </button>
    </form>
  );
}
