import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { useAuth } from '../../auth/useAuth';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { LoadingMessage } from '../../components/LoadingMessage';
import { SelectField } from '../../components/SelectField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { casesNl, nl } from '../../i18n/nl';
import { formatDate } from '../groups/format';
import { markFollowUpDone } from '../cases/casesApi';
import { useMethodList } from '../methods/methodsApi';
import { NotesPanel } from './NotesPanel';
import { OutcomeForm } from './OutcomeForm';
import { PhaseTimer } from './PhaseTimer';
import { drawCard, finishRun, moveRun, runKey, startRun, useRun, type RunState } from './runnerApi';

const t = casesNl.runner;

function FollowUps({ run, onChange, act }: { run: RunState; onChange: () => void; act: Act }) {
  const client = useApi();
  return (
    <section className="section card" aria-labelledby="eerdere-actiepunten-titel">
      <h2 id="eerdere-actiepunten-titel">{t.followUpsHeading}</h2>
      <p>{t.followUpsIntro}</p>
      {run.open_follow_ups.length === 0 ? <p>{t.noFollowUps}</p> : null}
      <ul className="follow-ups">
        {run.open_follow_ups.map((item) => (
          <li key={item.id} className="follow-up">
            <span>
              {item.text}
              <br />
              <span className="hint">
                {t.followUpBy(item.case_title, item.case_bringer?.full_name ?? null)}, {formatDate(item.session_starts_at)}
              </span>
            </span>
            {item.can_mark_done ? (
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={t.markDone(item.text)}
                onClick={() => void act(() => markFollowUpDone(client, item.case_id, item.id).then(onChange))}
              >
                {casesNl.myCases.markDoneShort}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

type Act = (work: () => Promise<unknown>) => Promise<void>;

export function RunnerPage() {
  useDocumentTitle(t.title);
  const { sessionId = '' } = useParams();
  const client = useApi();
  const queryClient = useQueryClient();
  const { user } = useAuth();
  const run = useRun(sessionId);
  const methods = useMethodList();
  const [method, setMethod] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const lastPhase = useRef<number | null | undefined>(undefined);
  const phaseHeading = useRef<HTMLHeadingElement>(null);

  const data = run.data;
  // Announce only a change of phase (not the first load, not every tick of the timer).
  useEffect(() => {
    if (!data) return;
    const index = data.phase_index;
    if (lastPhase.current !== undefined && lastPhase.current !== index && data.current_phase && index !== null) {
      setAnnouncement(t.phaseAnnouncement(index + 1, data.phases.length, data.current_phase.name, data.current_phase.minutes));
    }
    lastPhase.current = index;
  }, [data]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: runKey(sessionId) });

  const act: Act = async (work) => {
    setBusy(true);
    setError(null);
    try {
      const result = await work();
      if (result && typeof result === 'object' && 'session_id' in result) {
        queryClient.setQueryData(runKey(sessionId), result as RunState);
      }
      await refresh();
    } catch (err) {
      setError(problemMessage(toApiError(err).problem));
      await refresh();
    } finally {
      setBusy(false);
    }
  };

  if (run.isPending) return <LoadingMessage>{nl.common.loading}</LoadingMessage>;
  if (run.isError || !data) {
    return (
      <>
        <h1>{t.heading}</h1>
        <div className="notice notice--error">
          <p>{t.loadFailed}</p>
          <p>{problemMessage(toApiError(run.error).problem)}</p>
        </div>
      </>
    );
  }

  const phase = data.current_phase;
  const index = data.phase_index ?? 0;
  const isLast = index >= data.phases.length - 1;
  const myCases = data.cases.filter((c) => user && c.case_bringer?.id === user.id);

  return (
    <>
      <p className="back-link">
        <Link to={`/bijeenkomsten/${sessionId}`}>{t.toSession}</Link>
      </p>
      <h1>
        {t.heading}
        {data.method ? `: ${data.method.name}` : ''}
      </h1>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}

      {data.status !== 'finished' ? <FollowUps run={data} onChange={refresh} act={act} /> : null}

      <section className="section" aria-labelledby="casussen-titel">
        <h2 id="casussen-titel">{t.casesHeading}</h2>
        {data.cases.length === 0 ? (
          <p>
            {t.noCases} <Link to={`/bijeenkomsten/${sessionId}/casus`}>{t.bringCase}</Link>
          </p>
        ) : (
          <ul>
            {data.cases.map((c) => (
              <li key={c.id}>
                <Link to={`/casussen/${c.id}`}>{c.title}</Link>
                {c.case_bringer ? ` (${c.case_bringer.full_name})` : ''}: {c.core_question}
              </li>
            ))}
          </ul>
        )}
      </section>

      {data.status === 'not_started' ? (
        <section className="section card" aria-labelledby="start-titel">
          <h2 id="start-titel">{t.notStarted}</h2>
          {data.can_lead ? (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void act(() => startRun(client, sessionId, method || null));
              }}
            >
              <SelectField
                id="run-method"
                name="method"
                label={t.methodLabel}
                hint={t.methodHint}
                value={method}
                onChange={setMethod}
                emptyLabel={t.methodEmpty}
                options={(methods.data ?? []).map((m) => ({ value: m.slug, label: m.name }))}
              />
              <button type="submit" className="button button--primary" disabled={busy}>
                {busy ? t.starting : t.start}
              </button>
            </form>
          ) : (
            <p>{t.waitForLeader}</p>
          )}
        </section>
      ) : null}

      {data.status === 'running' && phase ? (
        <section className="section card runner-phase" aria-labelledby="fase-titel">
          <p className="runner-phase__step">{t.phaseOf(index + 1, data.phases.length)}</p>
          <h2 id="fase-titel" ref={phaseHeading} tabIndex={-1}>
            {phase.name}
          </h2>
          <p>{t.planned(phase.minutes)}</p>
          {data.timer ? <PhaseTimer timer={data.timer} serverTime={data.server_time} /> : null}
          <p>{phase.description}</p>
          {phase.helping_questions.length > 0 ? (
            <>
              <h3>{t.helpingQuestions}</h3>
              <ul>
                {phase.helping_questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            </>
          ) : null}
          {data.can_lead ? (
            <div className="button-row">
              <button
                type="button"
                className="button button--secondary"
                disabled={busy || index === 0}
                onClick={() => void act(() => moveRun(client, sessionId, 'previous', index))}
              >
                {t.previous}
              </button>
              {isLast ? (
                <button type="button" className="button button--primary" disabled={busy} onClick={() => setConfirmFinish(true)}>
                  {t.finish}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy}
                  onClick={() => void act(() => moveRun(client, sessionId, 'next', index))}
                >
                  {t.next}
                </button>
              )}
            </div>
          ) : null}
        </section>
      ) : null}

      {data.status === 'running' ? (
        <section className="section" aria-labelledby="kaarten-titel">
          <h2 id="kaarten-titel">{t.cardsHeading}</h2>
          {data.can_lead ? (
            <p>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy || data.cards_left === 0}
                onClick={() => void act(() => drawCard(client, sessionId))}
              >
                {t.drawCard}
              </button>{' '}
              <span className="hint">{t.cardsLeft(data.cards_left)}</span>
            </p>
          ) : null}
          {data.drawn_cards.length > 0 ? (
            <ol className="reflection-cards" reversed>
              {[...data.drawn_cards].reverse().map((card) => (
                <li key={card.id} className="reflection-card">
                  <span className="hint">{card.category_name}</span>
                  <br />
                  {card.question}
                </li>
              ))}
            </ol>
          ) : null}
        </section>
      ) : null}

      {data.status === 'finished' ? <p className="notice notice--success">{t.finished}</p> : null}

      {data.status !== 'not_started' ? <NotesPanel sessionId={sessionId} notes={data.notes} onSaved={refresh} /> : null}

      {data.status !== 'not_started' ? myCases.map((c) => <OutcomeForm key={c.id} caseId={c.id} />) : null}

      <ConfirmDialog
        open={confirmFinish}
        title={t.finishConfirmTitle}
        text={t.finishConfirmBody}
        confirmLabel={t.finish}
        cancelLabel={nl.common.cancel}
        busy={busy}
        onCancel={() => setConfirmFinish(false)}
        onConfirm={() => {
          void act(() => finishRun(client, sessionId)).then(() => setConfirmFinish(false));
        }}
      />
    </>
  );
}
