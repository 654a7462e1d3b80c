import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { evaluationsNl, nl } from '../../i18n/nl';
import { formatLongDate, formatTimestamp } from '../sessions/amsterdamTime';
import { useSession } from '../sessions/sessionsApi';
import { hasEnded, sessionPath } from '../sessions/sessionState';
import type { SessionPublic } from '../sessions/types';
import { EvaluationForm } from './EvaluationForm';
import type { EvaluationBody } from './evaluationForm';
import {
  evaluationKeys,
  saveSessionEvaluation,
  useMySessionEvaluation,
  useQuestions,
  useRefreshPending,
} from './evaluationsApi';
import type { SessionEvaluationInput } from './types';

const t = evaluationsNl.session;
const c = evaluationsNl.common;

/** Why this member cannot (yet) evaluate this session, or null when they can. */
export function blockedReason(session: SessionPublic, now: Date = new Date()): string | null {
  if (session.status === 'cancelled') return t.cancelled;
  if (!hasEnded(session, now)) return t.notEnded(formatTimestamp(session.ends_at));
  if (!session.attendance_recorded || !session.my_attendance) return t.notRecorded;
  if (!session.my_attendance.present) return t.notPresent;
  return null;
}

/** /bijeenkomsten/:id/evaluatie: answer or change one's own evaluation of a session. */
export function SessionEvaluationPage() {
  const { id = '' } = useParams();
  const query = useSession(id);
  const session = query.data?.session;
  useDocumentTitle(session ? `${t.title} – ${formatLongDate(session.starts_at)}` : query.isError ? t.notFoundHeading : nl.common.loading);

  if (query.isPending) return <LoadingMessage>{nl.common.loading}</LoadingMessage>;
  if (!session) {
    const error = toApiError(query.error);
    return (
      <div className="narrow">
        <h1>{error.status === 404 ? t.notFoundHeading : c.loadFailed}</h1>
        <p className="lead">{problemMessage(error.problem)}</p>
        <p>
          <Link to="/mijn-evaluaties">{t.myEvaluations}</Link>
        </p>
      </div>
    );
  }
  return <SessionEvaluation session={session} />;
}

function SessionEvaluation({ session }: { session: SessionPublic }) {
  const blocked = blockedReason(session);
  return (
    <div className="narrow evaluation-page">
      <p className="back-link">
        <Link to={sessionPath(session.id)}>
          <span aria-hidden="true">← </span>
          {t.backToSession}
        </Link>
      </p>
      <p className="eyebrow">{t.eyebrow(session.group.name, formatLongDate(session.starts_at))}</p>
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro}</p>
      {blocked ? (
        <div className="notice notice--info evaluation-notice">
          <p>{blocked}</p>
          <p>
            <Link to="/mijn-evaluaties">{t.myEvaluations}</Link>
          </p>
        </div>
      ) : (
        <AnswerSection sessionId={session.id} />
      )}
    </div>
  );
}

function AnswerSection({ sessionId }: { sessionId: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refreshPending = useRefreshPending();
  const questions = useQuestions();
  const mine = useMySessionEvaluation(sessionId);
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  async function submit(body: EvaluationBody) {
    const wasNew = !mine.data;
    // The form is built from the API's own question keys, so the body has the shape it expects.
    const saved = await saveSessionEvaluation(api, sessionId, body as unknown as SessionEvaluationInput);
    queryClient.setQueryData(evaluationKeys.mine(sessionId), saved);
    void refreshPending();
    setMessage(wasNew ? t.saved : t.changed);
    requestAnimationFrame(() => statusRef.current?.scrollIntoView?.({ block: 'center' }));
  }

  if (questions.isError || mine.isError) {
    const error = toApiError(questions.error ?? mine.error);
    return (
      <div className="notice notice--error">
        <p>{c.loadFailed}</p>
        <p>{problemMessage(error.problem)}</p>
      </div>
    );
  }
  if (!questions.data || mine.data === undefined) return <LoadingMessage>{c.questionsLoading}</LoadingMessage>;
  const saved = mine.data;
  return (
    <section className="card evaluation-card" aria-labelledby="evaluatie-vragen">
      <h2 id="evaluatie-vragen">{evaluationsNl.form.questionsHeading}</h2>
      <div ref={statusRef}>
        <StatusMessage message={message} />
      </div>
      {saved ? (
        <p className="evaluation-answered">{t.answered(formatTimestamp(saved.submitted_at), formatTimestamp(saved.answer_until))}</p>
      ) : null}
      <EvaluationForm
        formId="evaluatie"
        questions={questions.data.session}
        saved={saved}
        shareHint={evaluationsNl.form.shareHintSession}
        onSubmit={submit}
      />
    </section>
  );
}
