import { Link } from 'react-router';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { casesNl, groupExperienceLabels, labelFor, nl, situationLabels } from '../../i18n/nl';
import { MethodSuggestForm } from './MethodSuggestForm';
import { useMethodList } from './methodsApi';

const t = casesNl.methods;

export function MethodsPage() {
  useDocumentTitle(t.title);
  const methods = useMethodList();

  return (
    <>
      <div className="page-heading">
        <h1>{t.heading}</h1>
        <Link className="button button--secondary" to="/methoden/hulpvragen">
          {t.questionsLink}
        </Link>
      </div>
      <p className="lead">{t.intro}</p>
      <MethodSuggestForm />
      <section className="section" aria-labelledby="alle-methoden-titel">
        <h2 id="alle-methoden-titel">{t.listHeading}</h2>
        {methods.isPending ? <LoadingMessage>{nl.common.loading}</LoadingMessage> : null}
        {methods.isError ? (
          <div className="notice notice--error">
            <p>{t.loadFailed}</p>
            <p>{problemMessage(toApiError(methods.error).problem)}</p>
          </div>
        ) : null}
        {methods.data ? (
          <ul className="method-list">
            {methods.data.map((method) => (
              <li key={method.slug} className="card method-card">
                <h3 className="method-card__title">
                  <Link to={`/methoden/${method.slug}`}>{method.name}</Link>
                </h3>
                <p>{method.summary}</p>
                <dl className="method-card__facts">
                  {method.goal ? (
                    <div>
                      <dt>{t.goal}</dt>
                      <dd>{method.goal}</dd>
                    </div>
                  ) : null}
                  {method.when_to_use ? (
                    <div>
                      <dt>{t.whenToUse}</dt>
                      <dd>{method.when_to_use}</dd>
                    </div>
                  ) : null}
                </dl>
                <p className="method-card__meta">
                  {method.total_minutes ? <span>{t.minutes(method.total_minutes)}</span> : null}
                  {method.phase_count > 0 ? <span>{t.phases(method.phase_count)}</span> : null}
                  {method.group_experience ? (
                    <span>
                      {t.experience}
                      {labelFor(groupExperienceLabels, method.group_experience)}
                    </span>
                  ) : null}
                </p>
                {method.suited_for.length > 0 ? (
                  <p className="method-card__suited">
                    <span className="visually-hidden">{t.suitedFor}: </span>
                    {method.suited_for.map((situation) => (
                      <span key={situation} className="tag">
                        {labelFor(situationLabels, situation)}
                      </span>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
