import { Link } from 'react-router';
import { evaluationsNl } from '../../i18n/nl';
import { hasEnded } from '../sessions/sessionState';
import type { SessionPublic } from '../sessions/types';
import { ResultsBlock } from './EvaluationResults';
import { useMySessionEvaluation, useQuestions, useSessionComments, useSessionSummary } from './evaluationsApi';
import { sessionEvaluationPath } from './paths';

const r = evaluationsNl.results;

interface SessionEvaluationSectionProps {
  session: SessionPublic;
  /** Members of the group (and admins) see the aggregated results. */
  canSeeResults: boolean;
  /** Only the session's facilitator reads the comments shared with them. */
  isFacilitator: boolean;
}

/**
 * On the session page, once the session is over: a link to evaluate it for those on the attendance
 * list, the group's results, and for the facilitator the comments shared with them.
 */
export function SessionEvaluationSection({ session, canSeeResults, isFacilitator }: SessionEvaluationSectionProps) {
  const ended = hasEnded(session) && session.status !== 'cancelled';
  const present = Boolean(session.my_attendance?.present);
  const mine = useMySessionEvaluation(session.id, ended && present);
  const questions = useQuestions(ended && canSeeResults);
  const summary = useSessionSummary(session.id, ended && canSeeResults);
  const comments = useSessionComments(session.id, ended && isFacilitator);
  if (!ended || (!present && !canSeeResults)) return null;

  return (
    <section className="card session-section evaluation-session" aria-labelledby="evaluatie-titel">
      <h2 id="evaluatie-titel">{r.sessionHeading}</h2>
      {present ? (
        <div className="evaluation-session__mine">
          <p>{r.evaluateIntro}</p>
          <Link className="button button--primary" to={sessionEvaluationPath(session.id)}>
            {mine.data ? r.changeEvaluation : r.evaluate}
          </Link>
        </div>
      ) : null}
      {canSeeResults && questions.data ? (
        <ResultsBlock
          level={3}
          headingId="evaluatie-uitkomsten"
          heading={r.summaryHeading}
          summary={summary}
          comments={isFacilitator ? comments : null}
          questions={questions.data.session}
        />
      ) : null}
    </section>
  );
}
