import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { evaluationsNl, nl } from '../../i18n/nl';
import { useGroup } from '../groups/groupsApi';
import type { GroupPublic } from '../groups/types';
import { formatTimestamp } from '../sessions/amsterdamTime';
import { useGroupPermissions } from '../sessions/sessionsApi';
import { EvaluationForm } from './EvaluationForm';
import type { EvaluationBody } from './evaluationForm';
import { ResultsBlock } from './EvaluationResults';
import {
  evaluationKeys,
  saveYearlyEvaluation,
  useMyYearlyEvaluation,
  useQuestions,
  useRefreshPending,
  useYearlyComments,
  useYearlySummary,
} from './evaluationsApi';
import { currentYear, yearFromSearch, yearlyEvaluationPath, yearlyWindow } from './paths';
import type { GroupEvaluationInput, QuestionPublic } from './types';

const t = evaluationsNl.yearly;
const c = evaluationsNl.common;

/** /groepen/:ref/jaarevaluatie?jaar=2026: the yearly group and process evaluation, and its results. */
export function YearlyEvaluationPage() {
  const { ref = '' } = useParams();
  const [search] = useSearchParams();
  const year = yearFromSearch(search.get('jaar'));
  const query = useGroup(ref);
  const group = query.data?.group;
  useDocumentTitle(group ? t.title(year, group.name) : query.isError ? t.notFoundHeading : nl.common.loading);

  if (query.isPending) return <LoadingMessage>{nl.common.loading}</LoadingMessage>;
  if (!group) {
    const error = toApiError(query.error);
    return (
      <div className="narrow">
        <h1>{error.status === 404 ? t.notFoundHeading : c.loadFailed}</h1>
        <p className="lead">{problemMessage(error.problem)}</p>
        <p>
          <Link to="/mijn-evaluaties">{evaluationsNl.session.myEvaluations}</Link>
        </p>
      </div>
    );
  }
  return <YearlyEvaluation key={`${group.id}-${year}`} group={group} year={year} />;
}

function YearlyEvaluation({ group, year }: { group: GroupPublic; year: number }) {
  const permissions = useGroupPermissions(group.id);
  const questions = useQuestions();
  const answerWindow = yearlyWindow(year);
  const thisYear = currentYear();
  const years = [year - 1, year + 1].filter((other) => other >= 2000 && other <= thisYear);

  return (
    <div className="evaluation-page">
      <p className="back-link">
        <Link to={`/groepen/${encodeURIComponent(group.slug)}`}>
          <span aria-hidden="true">← </span>
          {t.backToGroup(group.name)}
        </Link>
      </p>
      <p className="eyebrow">{group.name}</p>
      <h1>{t.heading(year)}</h1>
      <p className="lead">{t.intro}</p>
      {permissions.pending || questions.isPending ? <LoadingMessage>{c.questionsLoading}</LoadingMessage> : null}
      {questions.isError ? <p className="notice notice--error">{problemMessage(toApiError(questions.error).problem)}</p> : null}
      {!permissions.pending && !permissions.isMember ? <p className="notice notice--info evaluation-notice">{t.notMember}</p> : null}
      {permissions.isMember && questions.data ? (
        <div className="evaluation-columns">
          <MyYearlyAnswers groupRef={group.slug} year={year} answerWindow={answerWindow} questions={questions.data.yearly} />
          <section className="card evaluation-card" aria-labelledby="jaar-uitkomsten">
            <YearlyResults
              groupRef={group.slug}
              year={year}
              questions={questions.data.yearly}
              isFacilitator={permissions.role === 'facilitator'}
            />
          </section>
        </div>
      ) : null}
      {years.length > 0 ? (
        <nav className="evaluation-years" aria-label={t.yearNav}>
          <ul>
            {years.map((other) => (
              <li key={other}>
                <Link to={yearlyEvaluationPath(group.slug, other)}>{t.otherYear(other)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}

function MyYearlyAnswers({
  groupRef,
  year,
  answerWindow,
  questions,
}: {
  groupRef: string;
  year: number;
  answerWindow: ReturnType<typeof yearlyWindow>;
  questions: QuestionPublic[];
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refreshPending = useRefreshPending();
  const mine = useMyYearlyEvaluation(groupRef, year, answerWindow !== 'not_open');
  const [message, setMessage] = useState<string | null>(null);

  async function submit(body: EvaluationBody) {
    const wasNew = !mine.data;
    // The form is built from the API's yearly question keys, so the body has the expected shape.
    const saved = await saveYearlyEvaluation(api, groupRef, year, body as unknown as GroupEvaluationInput);
    queryClient.setQueryData(evaluationKeys.yearly(groupRef, year), saved);
    void refreshPending();
    setMessage(wasNew ? t.saved : t.changed);
  }

  let content;
  if (answerWindow === 'not_open') content = <p className="notice notice--info evaluation-notice">{t.notYetOpen(year)}</p>;
  else if (mine.isError) content = <p className="notice notice--error">{problemMessage(toApiError(mine.error).problem)}</p>;
  else if (mine.data === undefined) content = <LoadingMessage>{c.questionsLoading}</LoadingMessage>;
  else if (answerWindow === 'closed') {
    content = (
      <>
        <p className="notice notice--info evaluation-notice">{t.closed(year)}</p>
        {mine.data ? null : <p>{t.notAnsweredClosed}</p>}
      </>
    );
  } else {
    content = (
      <>
        {mine.data ? <p className="evaluation-answered">{t.answered(formatTimestamp(mine.data.submitted_at), year)}</p> : null}
        <EvaluationForm
          formId="jaarevaluatie"
          questions={questions}
          saved={mine.data}
          shareHint={evaluationsNl.form.shareHintYearly}
          onSubmit={submit}
        />
      </>
    );
  }

  return (
    <section className="card evaluation-card" aria-labelledby="jaar-antwoorden">
      <h2 id="jaar-antwoorden">{t.formHeading}</h2>
      <StatusMessage message={message} />
      {content}
    </section>
  );
}

function YearlyResults({
  groupRef,
  year,
  questions,
  isFacilitator,
}: {
  groupRef: string;
  year: number;
  questions: QuestionPublic[];
  isFacilitator: boolean;
}) {
  const summary = useYearlySummary(groupRef, year);
  const comments = useYearlyComments(groupRef, year, isFacilitator);
  return (
    <ResultsBlock
      level={2}
      headingId="jaar-uitkomsten"
      heading={evaluationsNl.results.yearlySummaryHeading}
      summary={summary}
      comments={isFacilitator ? comments : null}
      questions={questions}
    />
  );
}
