import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { StatusMessage } from '../../components/StatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { casesNl, nl } from '../../i18n/nl';
import { fetchRun, saveNotes, type RunNotes } from './runnerApi';

const t = casesNl.runner;

/** Joins the user's draft under the newer notes, without repeating text that is already there. */
export function mergeNotes(newer: string, mine: string): string {
  if (!mine.trim() || newer.includes(mine.trim())) return newer;
  if (!newer.trim()) return mine;
  return `${newer.trimEnd()}\n\n${mine.trim()}`;
}

interface NotesPanelProps {
  sessionId: string;
  /** The notes as last polled from the server. */
  notes: RunNotes;
  onSaved?: () => void;
}

/**
 * Shared notes with optimistic versioning: a save sends the version that was edited; a 409 means someone
 * else saved first, so the newer text is shown next to the draft and the user merges before saving again.
 */
export function NotesPanel({ sessionId, notes, onSaved }: NotesPanelProps) {
  const client = useApi();
  const [text, setText] = useState(notes.text);
  const [version, setVersion] = useState(notes.version);
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState<RunNotes | null>(null);
  const [busy, setBusy] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  // Follow the polled notes while the user has not typed anything of their own.
  useEffect(() => {
    if (!dirty && !conflict) {
      setText(notes.text);
      setVersion(notes.version);
    }
  }, [notes.text, notes.version, dirty, conflict]);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFlash(null);
    try {
      const saved = await saveNotes(client, sessionId, text, version);
      setVersion(saved.version);
      setText(saved.text);
      setDirty(false);
      setConflict(null);
      setFlash(t.notesSaved);
      onSaved?.();
    } catch (err) {
      const { problem } = toApiError(err);
      if (problem.status === 409) {
        try {
          const fresh = await fetchRun(client, sessionId);
          setConflict(fresh.notes);
          setVersion(fresh.notes.version);
          requestAnimationFrame(() => conflictRef.current?.focus());
        } catch (reloadError) {
          setError(problemMessage(toApiError(reloadError).problem));
        }
      } else {
        setError(problemMessage(problem));
      }
    } finally {
      setBusy(false);
    }
  }

  function change(value: string) {
    setText(value);
    setDirty(true);
    setFlash(null);
  }

  return (
    <section className="section card runner-notes" aria-labelledby="aantekeningen-titel">
      <h2 id="aantekeningen-titel">{t.notesHeading}</h2>
      {conflict ? (
        <div className="notice notice--warning runner-conflict" role="alert" tabIndex={-1} ref={conflictRef}>
          <p>{t.notesConflict}</p>
          <h3>{t.newerNotes}</h3>
          <pre className="runner-conflict__text">{conflict.text || nl.common.notFilledIn}</pre>
          {conflict.updated_by ? <p className="hint">{t.lastSavedBy(conflict.updated_by.full_name)}</p> : null}
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => change(mergeNotes(conflict.text, text))}>
              {t.appendMine}
            </button>
            <button type="button" className="button button--secondary" onClick={() => change(conflict.text)}>
              {t.useNewer}
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <form onSubmit={handleSubmit} noValidate>
        <TextAreaField
          id="run-notes"
          name="notes"
          label={t.notesLabel}
          hint={t.notesHint}
          value={text}
          onChange={change}
          rows={8}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? nl.common.saving : t.notesSave}
        </button>
      </form>
      <StatusMessage message={flash} />
    </section>
  );
}
