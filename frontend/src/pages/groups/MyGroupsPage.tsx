import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { groupsNl, joinStatusLabels, labelFor, nl, roleLabels } from '../../i18n/nl';
import { formatDate, formatWhen, formatWhere } from './format';
import {
  acceptOffer,
  isOpenRequest,
  useMyGroups,
  useMyRequests,
  useRefreshGroups,
  withdrawRequest,
} from './groupsApi';
import { SpotsBadge } from './SpotsBadge';
import type { JoinRequestPublic, MyGroup } from './types';

const t = groupsNl.mine;

export function MyGroupsPage() {
  useDocumentTitle(t.title);
  const groups = useMyGroups();
  const requests = useMyRequests();
  const [flash, setFlash] = useState<string | null>(null);
  const requestsHeading = useRef<HTMLHeadingElement>(null);
  const open = (requests.data ?? []).filter(isOpenRequest);

  function done(message: string) {
    setFlash(message);
    requestAnimationFrame(() => requestsHeading.current?.focus());
  }

  return (
    <>
      <div className="page-heading">
        <h1>{t.heading}</h1>
        <Link className="button button--primary" to="/groepen/nieuw">
          {t.start}
        </Link>
      </div>
      <StatusMessage message={flash} />
      <section className="section section--tight" aria-labelledby="mijn-groepen-titel">
        <h2 id="mijn-groepen-titel">{t.groupsHeading}</h2>
        {groups.isPending ? <LoadingMessage>{nl.common.loading}</LoadingMessage> : null}
        {groups.isError ? (
          <div className="notice notice--error">
            <p>{t.loadFailed}</p>
            <p>{problemMessage(toApiError(groups.error).problem)}</p>
          </div>
        ) : null}
        {groups.data && groups.data.length === 0 ? (
          <div className="card empty-state">
            <p>{t.noGroups}</p>
            <Link className="button button--secondary" to="/groepen">
              {t.findLink}
            </Link>
          </div>
        ) : null}
        {groups.data && groups.data.length > 0 ? (
          <ul className="my-groups">
            {groups.data.map((mine) => (
              <MyGroupCard key={mine.group.id} mine={mine} />
            ))}
          </ul>
        ) : null}
      </section>
      <section className="section section--tight" aria-labelledby="aanmeldingen-titel">
        <h2 id="aanmeldingen-titel" ref={requestsHeading} tabIndex={-1}>
          {t.requestsHeading}
        </h2>
        {requests.isPending ? <LoadingMessage>{nl.common.loading}</LoadingMessage> : null}
        {requests.isError ? <p className="notice notice--error">{problemMessage(toApiError(requests.error).problem)}</p> : null}
        {requests.data && open.length === 0 ? <p>{t.noRequests}</p> : null}
        {open.length > 0 ? (
          <ul className="my-requests">
            {open.map((request) => (
              <MyRequestCard key={request.id} request={request} onDone={done} />
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}

function MyGroupCard({ mine }: { mine: MyGroup }) {
  const { group } = mine;
  const path = `/groepen/${encodeURIComponent(group.slug)}`;
  return (
    <li className="card my-group">
      <div className="my-group__top">
        <h3 className="my-group__title">
          <Link to={path}>{group.name}</Link>
        </h3>
        <span className="role-pill">{labelFor(roleLabels, mine.role)}</span>
      </div>
      <p className="my-group__meta">
        {formatWhere(group)} · {formatWhen(group.weekday, group.daypart)} ·{' '}
        {groupsNl.format.timesPerYear(group.meetings_per_year)}
      </p>
      <p className="my-group__meta">
        <SpotsBadge group={group} /> <span>{t.since(formatDate(mine.joined_at))}</span>
      </p>
      {mine.role === 'coordinator' ? (
        <p className="my-group__links">
          <Link to={`${path}/aanmeldingen`}>{t.manage}</Link>
          <Link to={`${path}/bewerken`}>{groupsNl.join.editGroup}</Link>
        </p>
      ) : null}
    </li>
  );
}

function MyRequestCard({ request, onDone }: { request: JoinRequestPublic; onDone: (message: string) => void }) {
  const api = useApi();
  const refresh = useRefreshGroups();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const j = groupsNl.join;

  async function run(action: () => Promise<unknown>, message: string) {
    setBusy(true);
    setError(null);
    try {
      await action();
      await refresh();
      setConfirming(false);
      onDone(message);
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(false);
    }
  }

  let text: string = j.pending;
  if (request.status === 'waitlisted') text = j.waitlisted(request.waitlist_position);
  if (request.status === 'offered') text = j.offered;

  return (
    <li className="card my-request">
      <div className="my-group__top">
        <h3 className="my-group__title">
          <Link to={`/groepen/${encodeURIComponent(request.group_slug)}`}>{request.group_name}</Link>
        </h3>
        <span className={`status-pill status-pill--${request.status}`}>{labelFor(joinStatusLabels, request.status)}</span>
      </div>
      <p>{text}</p>
      <p className="my-group__meta">{j.sentOn(formatDate(request.created_at))}</p>
      {error && !confirming ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="join-panel__actions">
        {request.status === 'offered' ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void run(() => acceptOffer(api, request.id), j.offerAccepted)}
          >
            {j.acceptOffer}
            {' '}
            <span className="visually-hidden">({request.group_name})</span>
          </button>
        ) : null}
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => setConfirming(true)}>
          {j.withdraw}
          {' '}
            <span className="visually-hidden">({request.group_name})</span>
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={j.withdrawConfirmTitle}
        text={j.withdrawConfirmText}
        confirmLabel={j.withdraw}
        cancelLabel={groupsNl.dialog.cancel}
        busy={busy}
        error={confirming ? error : null}
        onCancel={() => {
          setConfirming(false);
          setError(null);
        }}
        onConfirm={() => void run(() => withdrawRequest(api, request.id), j.withdrawn)}
      />
    </li>
  );
}
