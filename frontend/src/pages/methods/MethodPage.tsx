import { Link, useParams } from 'react-router';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { casesNl, labelFor, nl, situationLabels } from '../../i18n/nl';
import { useMethod } from './methodsApi';

const t = casesNl.method;

export function MethodPage() {
  const { slug = '' } = useParams();
  const method = useMethod(slug);
  useDocumentTitle(method.data?.name ?? casesNl.methods.title);

  if (method.isPending) return <LoadingMessage>{nl.common.loading}</LoadingMessage>;
  if (method.isError) {
    const { problem } = toApiError(method.error);
    return (
      <>
        <h1>{problem.status === 404 ? t.notFound : t.loadFailed}</h1>
        {problem.status === 404 ? null : <p className="notice notice--error">{problemMessage(problem)}</p>}
        <p>
          <Link to="/methoden">{t.back}</Link>
        </p>
      </>
    );
  }
  const data = method.data;
  return (
    <>
      <p className="back-link">
        <Link to="/methoden">{t.back}</Link>
      </p>
      <h1>{data.name}</h1>
      <p className="lead">{data.summary}</p>
      <dl className="method-card__facts">
        {data.goal ? (
          <div>
            <dt>{casesNl.methods.goal}</dt>
            <dd>{data.goal}</dd>
          </div>
        ) : null}
        {data.when_to_use ? (
          <div>
            <dt>{casesNl.methods.whenToUse}</dt>
            <dd>{data.when_to_use}</dd>
          </div>
        ) : null}
      </dl>
      <section className="section" aria-labelledby="fasen-titel">
        <h2 id="fasen-titel">{t.phasesHeading}</h2>
        {data.total_minutes ? <p>{t.total(data.total_minutes)}</p> : null}
        <ol className="phase-list">
          {data.phases.map((phase) => (
            <li key={phase.key} className="card phase">
              <h3 className="phase__title">
                {phase.name} <span className="phase__minutes">({t.phaseMinutes(phase.minutes)})</span>
              </h3>
              <p>{phase.description}</p>
              {phase.helping_questions.length > 0 ? (
                <>
                  <h4>{t.helpingQuestions}</h4>
                  <ul>
                    {phase.helping_questions.map((question) => (
                      <li key={question}>{question}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      {data.example_questions.length > 0 ? (
        <section className="section" aria-labelledby="voorbeeldvragen-titel">
          <h2 id="voorbeeldvragen-titel">{t.exampleQuestions}</h2>
          <ul>
            {data.example_questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.fits.length > 0 ? (
        <section className="section" aria-labelledby="past-bij-titel">
          <h2 id="past-bij-titel">{t.fitsHeading}</h2>
          <dl className="fit-list">
            {data.fits.map((fit) => (
              <div key={fit.situation}>
                <dt>{labelFor(situationLabels, fit.situation)}</dt>
                <dd>{fit.reason}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </>
  );
}
