import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { casesNl, nl } from '../../i18n/nl';
import { formatDate } from '../groups/format';
import { CaseForm, emptyCase, type CaseValues } from './CaseForm';
import { caseKeys, createCase, updateCase, useCase, useTopics, type CasePublic } from './casesApi';

const t = casesNl.caseForm;

/** The layout shows `flash` from the navigation state after a redirect. */
interface FlashState {
  flash?: string;
}

export function NewCasePage() {
  useDocumentTitle(t.newTitle);
  const { sessionId = '' } = useParams();
  const client = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const topics = useTopics();

  return (
    <>
      <p className="back-link">
        <Link to={`/bijeenkomsten/${sessionId}`}>{t.toSession}</Link>
      </p>
      <h1>{t.newTitle}</h1>
      <p className="lead">{t.intro}</p>
      {topics.isPending ? <LoadingMessage>{nl.common.loading}</LoadingMessage> : null}
      {topics.isError ? <p className="notice notice--error">{t.topicsFailed}</p> : null}
      {topics.data ? (
        <CaseForm
          initial={emptyCase}
          topics={topics.data}
          submitLabel={t.submitNew}
          onSubmit={async (body) => {
            const created = await createCase(client, sessionId, body);
            queryClient.setQueryData(caseKeys.detail(created.id), created);
            await queryClient.invalidateQueries({ queryKey: caseKeys.mine });
            const state: FlashState = { flash: t.created };
            await navigate(`/casussen/${created.id}`, { state });
          }}
        />
      ) : null}
    </>
  );
}

function valuesOf(data: CasePublic): CaseValues {
  return {
    title: data.title,
    description: data.description,
    background: data.background,
    core_question: data.core_question,
    earlier_actions: data.earlier_actions,
    expectations: data.expectations,
    topics: data.topics.map((topic) => topic.slug),
    anonymised_confirmed: false,
  };
}

function CaseReadOnly({ data }: { data: CasePublic }) {
  const rows: [string, string][] = [
    [t.description, data.description],
    [t.background, data.background],
    [t.coreQuestion, data.core_question],
    [t.earlierActions, data.earlier_actions],
    [t.expectations, data.expectations],
    [t.topics, data.topics.map((topic) => topic.name).join(', ')],
  ];
  return (
    <dl className="case-view">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value || nl.common.notFilledIn}</dd>
        </div>
      ))}
    </dl>
  );
}

export function CasePage() {
  const { id = '' } = useParams();
  const client = useApi();
  const queryClient = useQueryClient();
  const kase = useCase(id);
  const topics = useTopics();
  const [flash, setFlash] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  useDocumentTitle(kase.data?.can_edit ? t.editTitle : t.viewTitle);

  if (kase.isPending) return <LoadingMessage>{nl.common.loading}</LoadingMessage>;
  if (kase.isError) {
    return (
      <>
        <h1>{t.loadFailed}</h1>
        <p className="notice notice--error">{problemMessage(toApiError(kase.error).problem)}</p>
      </>
    );
  }
  const data = kase.data;
  return (
    <>
      <p className="back-link">
        <Link to={data.is_mine ? '/mijn-casussen' : `/bijeenkomsten/${data.session.id}`}>
          {data.is_mine ? casesNl.myCases.title : t.toSession}
        </Link>
      </p>
      <h1>{data.title}</h1>
      <StatusMessage message={flash} />
      <dl className="case-meta">
        <div>
          <dt>{t.session}</dt>
          <dd>
            <Link to={`/bijeenkomsten/${data.session.id}`}>
              {data.session.group.name}, {formatDate(data.session.starts_at)}
            </Link>
          </dd>
        </div>
        {data.case_bringer ? (
          <div>
            <dt>{t.caseBringer}</dt>
            <dd>{data.case_bringer.full_name}</dd>
          </div>
        ) : null}
      </dl>
      <p className="hint">{t.deleteAfter(formatDate(data.delete_after))}</p>
      {data.can_edit && topics.data ? (
        <CaseForm
          key={formKey}
          initial={valuesOf(data)}
          topics={topics.data}
          submitLabel={t.submitEdit}
          onSubmit={async (body) => {
            setFlash(null);
            const saved = await updateCase(client, id, body);
            queryClient.setQueryData(caseKeys.detail(id), saved);
            await queryClient.invalidateQueries({ queryKey: caseKeys.mine });
            setFormKey((key) => key + 1);
            setFlash(t.saved);
          }}
        />
      ) : (
        <CaseReadOnly data={data} />
      )}
      <section className="section" aria-labelledby="uitkomst-titel">
        <h2 id="uitkomst-titel">{t.actionPlan}</h2>
        {data.insights ? (
          <>
            <h3>{t.insights}</h3>
            <p className="preserve-lines">{data.insights}</p>
          </>
        ) : null}
        {data.action_plan.length > 0 ? (
          <ul>
            {data.action_plan.map((item) => (
              <li key={item.id}>
                {item.text}
                {item.status === 'done' ? ` (${casesNl.myCases.done.toLowerCase()})` : ''}
              </li>
            ))}
          </ul>
        ) : null}
        {!data.insights && data.action_plan.length === 0 ? <p>{t.noOutcome}</p> : null}
      </section>
    </>
  );
}
