import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError, type ApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { evaluationsNl } from '../../i18n/nl';
import { formatLongDate, formatTimestamp } from '../sessions/amsterdamTime';
import { EvaluationForm } from './EvaluationForm';
import type { EvaluationBody } from './evaluationForm';
import { submitByLink, useLinkForm } from './evaluationsApi';
import { sessionEvaluationPath } from './paths';
import type { EvaluationLinkForm, EvaluationReceipt, SessionEvaluationInput } from './types';

const t = evaluationsNl.link;

/** A heading and sentence for a link that does not work, from the problem the API sent. */
export function linkProblem(error: ApiError): { heading: string; text: string } {
  const reason = (error.problem as { reason?: unknown }).reason;
  if (error.status === 404 && reason === 'expired') return { heading: t.expiredHeading, text: t.expired };
  if (error.status === 404) return { heading: t.invalidHeading, text: t.invalid };
  if (error.status === 403) return { heading: t.notPresentHeading, text: evaluationsNl.session.notPresent };
  if (error.status === 429) return { heading: t.tooManyHeading, text: t.tooMany };
  return { heading: t.failedHeading, text: problemMessage(error.problem) };
}

/**
 * /evaluatie/:token: the evaluation from the e-mail, without logging in. The link answers once
 * and never shows earlier answers (it may have been forwarded); changing needs a login.
 */
export function EvaluationLinkPage() {
  const { token = '' } = useParams();
  const form = useLinkForm(token);
  const [receipt, setReceipt] = useState<EvaluationReceipt | null>(null);
  const problem = form.isError ? linkProblem(toApiError(form.error)) : null;
  useDocumentTitle(problem ? problem.heading : t.title);

  if (form.isPending) return <LoadingMessage>{t.loading}</LoadingMessage>;
  if (problem) {
    return (
      <div className="narrow evaluation-page">
        <h1>{problem.heading}</h1>
        <p className="lead">{problem.text}</p>
        <p>
          <Link className="button button--secondary" to="/mijn-evaluaties">
            {evaluationsNl.session.myEvaluations}
          </Link>
        </p>
      </div>
    );
  }
  const data = form.data as EvaluationLinkForm;
  if (receipt) return <Done receipt={receipt} />;
  if (data.already_answered) {
    return (
      <div className="narrow evaluation-page">
        <h1>{t.alreadyHeading}</h1>
        <p className="lead">{t.already}</p>
        <p>
          <Link className="button button--secondary" to={sessionEvaluationPath(data.session_id)}>
            {t.openInApp}
          </Link>
        </p>
      </div>
    );
  }
  return <LinkForm token={token} form={data} onDone={setReceipt} />;
}

function LinkForm({ token, form, onDone }: { token: string; form: EvaluationLinkForm; onDone: (receipt: EvaluationReceipt) => void }) {
  const api = useApi();
  async function submit(body: EvaluationBody) {
    // The form is built from the questions this link sent, so the body has the expected keys.
    onDone(await submitByLink(api, token, body as unknown as SessionEvaluationInput));
  }
  return (
    <div className="narrow evaluation-page">
      <p className="eyebrow">{evaluationsNl.session.eyebrow(form.group.name, formatLongDate(form.starts_at))}</p>
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro(form.group.name, formatLongDate(form.starts_at))}</p>
      <p className="notice notice--info evaluation-notice">
        {t.once} {evaluationsNl.common.answerUntil(formatTimestamp(form.answer_until))}
      </p>
      <section className="card evaluation-card" aria-labelledby="evaluatie-vragen">
        <h2 id="evaluatie-vragen">{evaluationsNl.form.questionsHeading}</h2>
        <EvaluationForm
          formId="evaluatie"
          questions={form.questions}
          shareHint={evaluationsNl.form.shareHintSession}
          onSubmit={submit}
        />
      </section>
    </div>
  );
}

function Done({ receipt }: { receipt: EvaluationReceipt }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form is gone: move focus to the thank-you so keyboard and screen reader users know it worked.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="narrow evaluation-page">
      <div className="evaluation-done">
        <h1 ref={headingRef} tabIndex={-1}>
          {t.doneHeading}
        </h1>
        <p className="lead">{t.done(formatTimestamp(receipt.answer_until))}</p>
      </div>
      <p>
        <Link className="button button--secondary" to={sessionEvaluationPath(receipt.session_id)}>
          {t.openInApp}
        </Link>
      </p>
    </div>
  );
}
