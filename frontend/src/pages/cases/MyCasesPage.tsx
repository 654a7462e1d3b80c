import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { casesNl, nl } from '../../i18n/nl';
import { formatDate } from '../groups/format';
import { caseKeys, markFollowUpDone, useMyCases } from './casesApi';

const t = casesNl.myCases;

export function MyCasesPage() {
  useDocumentTitle(t.title);
  const client = useApi();
  const queryClient = useQueryClient();
  const cases = useMyCases();
  const [flash, setFlash] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function done(caseId: string, followUpId: string) {
    setBusy(followUpId);
    setError(null);
    setFlash(null);
    try {
      await markFollowUpDone(client, caseId, followUpId);
      await queryClient.invalidateQueries({ queryKey: caseKeys.mine });
      setFlash(t.markedDone);
    } catch (err) {
      setError(problemMessage(toApiError(err).problem));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro}</p>
      <StatusMessage message={flash} />
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {cases.isPending ? <LoadingMessage>{nl.common.loading}</LoadingMessage> : null}
      {cases.isError ? (
        <div className="notice notice--error">
          <p>{t.loadFailed}</p>
          <p>{problemMessage(toApiError(cases.error).problem)}</p>
        </div>
      ) : null}
      {cases.data && cases.data.items.length === 0 ? <p className="card empty-state">{t.empty}</p> : null}
      {cases.data && cases.data.items.length > 0 ? (
        <ul className="case-list">
          {cases.data.items.map((item) => (
            <li key={item.id} className="card">
              <h2 className="case-list__title">
                <Link to={`/casussen/${item.id}`}>{item.title}</Link>
              </h2>
              <p>
                {item.session.group.name}, {formatDate(item.session.starts_at)}
              </p>
              <h3>{t.followUps}</h3>
              {item.action_plan.length === 0 ? <p>{t.noFollowUps}</p> : null}
              <ul className="follow-ups">
                {item.action_plan.map((followUp) => (
                  <li key={followUp.id} className="follow-up">
                    <span>{followUp.text}</span>
                    {followUp.status === 'done' ? (
                      <span className="follow-up__done">{t.done}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={t.markDone(followUp.text)}
                        disabled={busy === followUp.id}
                        onClick={() => void done(item.id, followUp.id)}
                      >
                        {t.markDoneShort}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
