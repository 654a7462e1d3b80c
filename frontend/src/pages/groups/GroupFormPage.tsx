import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { ApiError, problemMessage, toApiError } from '../../api/problem';
import { useAuth } from '../../auth/useAuth';
import type { RedirectState } from '../../auth/RequireAuth';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { groupsNl, nl } from '../../i18n/nl';
import { emptyGroupForm, fromGroup, toGroupCreate, toGroupUpdate, type GroupFormValues } from './groupForm';
import { GroupForm } from './GroupForm';
import {
  createGroup,
  fetchGroup,
  groupKeys,
  updateGroup,
  useGroup,
  useMyGroups,
  useRefreshGroups,
  type GroupWithEtag,
} from './groupsApi';

const t = groupsNl.form;

export function NewGroupPage() {
  useDocumentTitle(t.newTitle);
  const api = useApi();
  const navigate = useNavigate();
  const refresh = useRefreshGroups();

  async function submit(values: GroupFormValues) {
    const group = await createGroup(api, toGroupCreate(values));
    await refresh();
    const state: RedirectState = { flash: t.created };
    await navigate(`/groepen/${encodeURIComponent(group.slug)}`, { state });
  }

  return (
    <div className="form-page">
      <h1>{t.newHeading}</h1>
      <p className="lead">{t.newIntro}</p>
      <GroupForm initial={emptyGroupForm} submitLabel={t.submitNew} onSubmit={submit} onCancel={() => void navigate(-1)} />
    </div>
  );
}

export function EditGroupPage() {
  const { ref = '' } = useParams();
  const query = useGroup(ref);
  const myGroups = useMyGroups();
  const { user } = useAuth();
  const group = query.data?.group;
  useDocumentTitle(group ? t.editTitle(group.name) : t.editHeading);

  if (query.isPending || myGroups.isPending) return <LoadingMessage>{nl.common.loading}</LoadingMessage>;
  if (!query.data || !group) {
    return (
      <div className="narrow">
        <h1>{groupsNl.group.notFoundHeading}</h1>
        <p className="lead">{problemMessage(toApiError(query.error).problem)}</p>
      </div>
    );
  }
  const role = myGroups.data?.find((mine) => mine.group.id === group.id)?.role;
  if (role !== 'coordinator' && !user?.is_admin) {
    return (
      <div className="narrow">
        <h1>{t.editHeading}</h1>
        <p className="notice notice--error">{t.notCoordinator}</p>
        <p>
          <Link to={`/groepen/${encodeURIComponent(group.slug)}`}>{groupsNl.manage.backToGroup}</Link>
        </p>
      </div>
    );
  }
  return <EditGroup ref_={ref} loaded={query.data} />;
}

/**
 * Keeps the version it started from (with its ETag) for If-Match. When someone else saved in the
 * meantime the API answers 412: the coordinator is told and can load the newest version.
 */
function EditGroup({ ref_, loaded }: { ref_: string; loaded: GroupWithEtag }) {
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refresh = useRefreshGroups();
  const [base, setBase] = useState(loaded);
  const [formKey, setFormKey] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const initial = fromGroup(base.group);
  const groupPath = `/groepen/${encodeURIComponent(base.group.slug)}`;

  async function submit(values: GroupFormValues) {
    setMessage(null);
    const update = toGroupUpdate(initial, values);
    if (Object.keys(update).length === 0) {
      setMessage(t.noChanges);
      return;
    }
    try {
      const saved = await updateGroup(api, base.group.id, update, base.etag);
      queryClient.setQueryData(groupKeys.detail(saved.group.slug), saved);
      await refresh();
      const state: RedirectState = { flash: t.saved };
      await navigate(`/groepen/${encodeURIComponent(saved.group.slug)}`, { state });
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
      const fresh = await fetchGroup(api, base.group.id);
      queryClient.setQueryData(groupKeys.detail(ref_), fresh);
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
        <Link to={groupPath}>
          <span aria-hidden="true">← </span>
          {groupsNl.manage.backToGroup}
        </Link>
      </p>
      <p className="eyebrow">{base.group.name}</p>
      <h1>{t.editHeading}</h1>
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
      <GroupForm
        key={formKey}
        initial={initial}
        submitLabel={t.submitEdit}
        onSubmit={submit}
        onCancel={() => void navigate(groupPath)}
      />
    </div>
  );
}
