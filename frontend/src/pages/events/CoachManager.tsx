import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { useFormFeedback } from '../../components/useFormFeedback';
import { eventsNl, labelFor, memberKindLabels } from '../../i18n/nl';
import { addCoach, eventKeys, findCoachCandidates, removeCoach, useRefreshEvents } from './eventsApi';
import type { CoachCandidate, EventAdmin } from './types';

const t = eventsNl.coaches;
const SEARCH_FORM = 'coach-zoeken';
const SEARCH_FIELDS = ['q'] as const;

/** The person a button acts on, for screen readers: "Verwijderen (An de Vries)". */
export function Who({ name }: { name: string }) {
  return (
    <>
      {' '}
      <span className="visually-hidden">({name})</span>
    </>
  );
}

export function coachesNeeded(event: Pick<EventAdmin, 'registered_count' | 'room_size_max'>): number {
  return event.registered_count === 0 ? 0 : Math.ceil(event.registered_count / event.room_size_max);
}

/** The coaches of an event (with their room), removing them, and finding members to add. */
export function CoachManager({ event, onDone }: { event: EventAdmin; onDone: (message: string) => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshEvents();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const [candidates, setCandidates] = useState<CoachCandidate[] | null>(null);
  const feedback = useFormFeedback<(typeof SEARCH_FIELDS)[number]>(SEARCH_FORM, SEARCH_FIELDS);
  const coachIds = new Set(event.coaches.map((coach) => coach.member_id));
  const needed = coachesNeeded(event);

  async function change(memberId: string, action: () => Promise<EventAdmin>, message: string) {
    setBusy(memberId);
    setError(null);
    try {
      const saved = await action();
      queryClient.setQueryData(eventKeys.managed(event.id), saved);
      await refresh();
      onDone(message);
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(null);
    }
  }

  async function search(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    const text = q.trim();
    if (!text) {
      feedback.showErrors({ q: t.searchRequired });
      return;
    }
    feedback.clearErrors();
    setSearching(true);
    try {
      setCandidates(await queryClient.fetchQuery({
        queryKey: eventKeys.candidates(text),
        queryFn: () => findCoachCandidates(api, text),
      }));
      setSearched(text);
    } catch (caught) {
      feedback.showServerError(caught);
    } finally {
      setSearching(false);
    }
  }

  return (
    <>
      <p>{eventsNl.coaches.intro}</p>
      {event.coaches.length === 0 ? <p className="notice notice--info">{t.none}</p> : null}
      {needed > event.coaches.length ? (
        <p className="notice notice--warning">{t.needed(needed, event.coaches.length)}</p>
      ) : null}
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {event.coaches.length > 0 ? (
        <ul className="coach-list">
          {event.coaches.map((coach) => (
            <li key={coach.member_id} className="coach-list__item">
              <span className="coach-list__who">
                <span className="coach-list__name">{coach.full_name}</span>
                <span className="coach-list__kind">{labelFor(memberKindLabels, coach.kind)}</span>
              </span>
              <span className="status-pill">{coach.room_number !== null ? t.room(coach.room_number) : t.spare}</span>
              <button
                type="button"
                className="button button--small button--danger-outline"
                disabled={busy !== null}
                onClick={() =>
                  void change(coach.member_id, () => removeCoach(api, event.id, coach.member_id), t.removed(coach.full_name))
                }
              >
                {t.remove}
                <Who name={coach.full_name} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      <div className="coach-search">
        <h3>{t.searchLegend}</h3>
        <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
        <form id={SEARCH_FORM} className="coach-search__form" role="search" noValidate onSubmit={search} aria-label={t.searchLegend}>
          <TextField
            id={`${SEARCH_FORM}-q`}
            name="q"
            type="search"
            label={t.search}
            hint={t.searchHint}
            value={q}
            onChange={setQ}
            error={feedback.fieldErrors.q}
            autoComplete="off"
            required
          />
          <button type="submit" className="button button--secondary" disabled={searching}>
            {searching ? t.searching : t.searchSubmit}
          </button>
        </form>
        <p role="status" className="coach-search__count">
          {searching ? t.searching : candidates && searched ? t.results(candidates.length) : ''}
        </p>
        {candidates && candidates.length > 0 ? (
          <ul className="candidate-list" aria-label={t.resultsLabel}>
            {candidates.map((candidate) => (
              <li key={candidate.id} className="candidate-list__item">
                <span className="coach-list__who">
                  <span className="coach-list__name">{candidate.full_name}</span>
                  <span className="coach-list__kind">
                    {labelFor(memberKindLabels, candidate.kind)} · {candidate.email}
                  </span>
                </span>
                {coachIds.has(candidate.id) ? (
                  <span className="status-pill">{t.already}</span>
                ) : (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    disabled={busy !== null}
                    onClick={() =>
                      void change(candidate.id, () => addCoach(api, event.id, candidate.id), t.added(candidate.full_name))
                    }
                  >
                    {t.add}
                    <Who name={candidate.full_name} />
                  </button>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </>
  );
}
