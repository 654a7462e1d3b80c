import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { ApiError, problemMessage, toApiError } from '../../api/problem';
import type { RedirectState } from '../../auth/RequireAuth';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { nl, sessionsNl } from '../../i18n/nl';
import { formatLongDate } from './amsterdamTime';
import { SessionForm } from './SessionForm';
import { fromSession, toSessionUpdate, type SessionFormValues } from './sessionForm';
import {
  fetchSession,
  sessionKeys,
  updateSession,
  useGroupPermissions,
  useRefreshSessions,
  useSession,
  type SessionWithEtag,
} from './sessionsApi';
import { sessionPath } from './sessionState';

const t = sessionsNl.edit;

export function SessionEditPage() {
  const { id = '' } = useParams();
  const query = useSession(id);
  const session = query.data?.session;
  const permissions = useGroupPermissions(session?.group.id);
  useDocumentTitle(t.title);

  if (query.isPending || (session && permissions.pending)) return <LoadingMessage>{nl.common.loading}</LoadingMessage>;
  if (!query.data || !session) {
    return (
      <div className="narrow">
        <h1>{sessionsNl.session.notFoundHeading}</h1>
        <p className="lead">{problemMessage(toApiError(query.error).problem)}</p>
      </div>
    );
  }
  const blocked = !permissions.canManage ? t.notAllowed : session.status === 'cancelled' ? t.cancelledNote : null;
  if (blocked) {
    return (
      <div className="narrow">
        <h1>{t.heading}</h1>
        <p className="notice notice--error">{blocked}</p>
        <p>
          <Link to={sessionPath(session.id)}>{sessionsNl.session.title(formatLongDate(session.starts_at))}</Link>
        </p>
      </div>
    );
  }
  return <EditSession loaded={query.data} />;
}

/**
 * Keeps the version it started from (with its ETag) for If-Match. When someone else saved in the
 * meantime the API answers 412: the coordinator is told and can load the newest version.
 */
function EditSession({ loaded }: { loaded: SessionWithEtag }) {
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refresh = useRefreshSessions();
  const [base, setBase] = useState(loaded);
  const [formKey, setFormKey] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const session = base.session;
  const initial = fromSession(session);
  const back = sessionPath(session.id);

  async function submit(values: SessionFormValues) {
    setMessage(null);
    const update = toSessionUpdate(initial, values);
    if (Object.keys(update).length === 0) {
      setMessage(t.noChanges);
      return;
    }
    try {
      const saved = await updateSession(api, session.id, update, base.etag);
      queryClient.setQueryData(sessionKeys.detail(session.id), saved);
      await refresh();
      const state: RedirectState = { flash: t.saved };
      await navigate(back, { state });
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 412) {
        setConflict(true);
        requestAnimationFrame(() => document.getElementById('conflict')?.focus());
        return;
      }
      throw caught;
    }
  }

  async function reload() {
    setReloading(true);
    try {
      const fresh = await fetchSession(api, session.id);
      queryClient.setQueryData(sessionKeys.detail(session.id), fresh);
      setBase(fresh);
      setFormKey((key) => key + 1);
      setConflict(false);
      setMessage(t.reloaded);
    } catch (caught) {
      setMessage(problemMessage(toApiError(caught).problem));
    } finally {
      setReloading(false);
    }
  }

  return (
    <div className="form-page">
      <p className="back-link">
        <Link to={back}>
          <span aria-hidden="true">← </span>
          {sessionsNl.session.title(formatLongDate(session.starts_at))}
        </Link>
      </p>
      <p className="eyebrow">{session.group.name}</p>
      <h1>{t.heading}</h1>
      <StatusMessage message={message} tone="info" />
      {conflict ? (
        <section className="notice notice--error conflict" id="conflict" tabIndex={-1} aria-labelledby="conflict-titel">
          <h2 id="conflict-titel" className="conflict__title">
            {t.conflictTitle}
          </h2>
          <p>{t.conflictText}</p>
          <button type="button" className="button button--primary" onClick={() => void reload()} disabled={reloading}>
            {reloading ? nl.common.loading : t.reload}
          </button>
        </section>
      ) : null}
      <div className="card">
        <SessionForm
          key={formKey}
          formId="wijzigen"
          groupId={session.group.id}
          initial={initial}
          submitLabel={sessionsNl.form.submitEdit}
          timesLocked={session.status === 'held'}
          currentPeople={[session.facilitator, session.case_bringer]}
          onSubmit={submit}
          onCancel={() => void navigate(back)}
        />
      </div>
    </div>
  );
}
