import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { useAuth } from '../../auth/useAuth';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import {
  GROUP_ROLES,
  employmentFormLabels,
  groupsNl,
  labelFor,
  memberKindLabels,
  nl,
  provinceLabels,
  roleLabels,
} from '../../i18n/nl';
import { formatDate } from './format';
import {
  acceptRequest,
  changeRole,
  declineRequest,
  fetchGroupRequests,
  fetchMembers,
  groupKeys,
  removeMember,
  useGroup,
  useRefreshGroups,
} from './groupsApi';
import { SpotsBadge } from './SpotsBadge';
import type { GroupMemberPublic, GroupPublic, GroupRole, JoinRequestForCoordinator } from './types';

const t = groupsNl.manage;

/** Pending requests first (oldest first), then the waitlist in order, then offered spots. */
export function sortRequests(requests: readonly JoinRequestForCoordinator[]) {
  const byDate = (a: JoinRequestForCoordinator, b: JoinRequestForCoordinator) => a.created_at.localeCompare(b.created_at);
  return {
    pending: requests.filter((r) => r.status === 'pending').sort(byDate),
    waitlisted: requests
      .filter((r) => r.status === 'waitlisted')
      .sort((a, b) => (a.waitlist_position ?? 0) - (b.waitlist_position ?? 0) || byDate(a, b)),
    offered: requests.filter((r) => r.status === 'offered').sort(byDate),
  };
}

export function ManageRequestsPage() {
  const { ref = '' } = useParams();
  const api = useApi();
  const groupQuery = useGroup(ref);
  const group = groupQuery.data?.group;
  const requests = useQuery({
    queryKey: groupKeys.requests(group?.id ?? ''),
    queryFn: () => fetchGroupRequests(api, group?.id ?? ref),
    enabled: Boolean(group),
  });
  const members = useQuery({
    queryKey: groupKeys.members(group?.id ?? ''),
    queryFn: () => fetchMembers(api, group?.id ?? ref),
    enabled: Boolean(group),
  });
  const [flash, setFlash] = useState<string | null>(null);
  const requestsHeading = useRef<HTMLHeadingElement>(null);
  const membersHeading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(group ? t.title(group.name) : t.heading);

  function announce(message: string, focus: 'requests' | 'members') {
    setFlash(message);
    requestAnimationFrame(() => (focus === 'requests' ? requestsHeading : membersHeading).current?.focus());
  }

  if (groupQuery.isPending) return <LoadingMessage>{nl.common.loading}</LoadingMessage>;
  if (!group) {
    return (
      <div className="narrow">
        <h1>{groupsNl.group.notFoundHeading}</h1>
        <p className="lead">{problemMessage(toApiError(groupQuery.error).problem)}</p>
      </div>
    );
  }

  const groupLink = `/groepen/${encodeURIComponent(group.slug)}`;
  const forbidden = requests.isError && toApiError(requests.error).status === 403;

  return (
    <>
      <p className="back-link">
        <Link to={groupLink}>
          <span aria-hidden="true">← </span>
          {t.backToGroup}
        </Link>
      </p>
      <p className="eyebrow">{group.name}</p>
      <h1>{t.heading}</h1>
      <StatusMessage message={flash} />
      {forbidden ? (
        <p className="notice notice--error">{problemMessage(toApiError(requests.error).problem)}</p>
      ) : (
        <div className="manage-layout">
          <section className="manage-section" aria-labelledby="aanvragen-titel">
            <h2 id="aanvragen-titel" ref={requestsHeading} tabIndex={-1}>
              {t.requestsHeading}
            </h2>
            <p className="manage-section__capacity">
              <SpotsBadge group={group} /> <span>{t.spotsLeft(group.open_spots)}</span>
            </p>
            {requests.isPending ? <LoadingMessage>{nl.common.loading}</LoadingMessage> : null}
            {requests.isError ? <p className="notice notice--error">{problemMessage(toApiError(requests.error).problem)}</p> : null}
            {requests.data ? (
              <RequestGroups
                requests={requests.data}
                onDone={(message) => announce(message, 'requests')}
              />
            ) : null}
          </section>
          <section className="manage-section" aria-labelledby="leden-titel">
            <h2 id="leden-titel" ref={membersHeading} tabIndex={-1}>
              {t.membersHeading}
            </h2>
            {members.isPending ? <LoadingMessage>{nl.common.loading}</LoadingMessage> : null}
            {members.isError ? <p className="notice notice--error">{problemMessage(toApiError(members.error).problem)}</p> : null}
            {members.data ? (
              <MemberManager group={group} members={members.data} onDone={(message) => announce(message, 'members')} />
            ) : null}
          </section>
        </div>
      )}
    </>
  );
}

/** The person a button acts on, for screen readers: "Aannemen (An de Vries)". */
function Who({ name }: { name: string }) {
  return (
    <>
      {' '}
      <span className="visually-hidden">({name})</span>
    </>
  );
}

function RequestGroups({
  requests,
  onDone,
}: {
  requests: readonly JoinRequestForCoordinator[];
  onDone: (message: string) => void;
}) {
  if (requests.length === 0) return <p>{t.noRequests}</p>;
  const sorted = sortRequests(requests);
  const parts = [
    { key: 'pending', heading: t.pendingHeading, items: sorted.pending },
    { key: 'waitlisted', heading: t.waitlistHeading, items: sorted.waitlisted },
    { key: 'offered', heading: t.offeredHeading, items: sorted.offered },
  ].filter((part) => part.items.length > 0);
  return (
    <>
      {parts.map((part) => (
        <div key={part.key} className="request-group">
          <h3>
            {part.heading} <span className="count-pill">{part.items.length}</span>
          </h3>
          <ol className="request-list">
            {part.items.map((request) => (
              <RequestCard key={request.id} request={request} onDone={onDone} />
            ))}
          </ol>
        </div>
      ))}
    </>
  );
}

function RequestCard({
  request,
  onDone,
}: {
  request: JoinRequestForCoordinator;
  onDone: (message: string) => void;
}) {
  const api = useApi();
  const refresh = useRefreshGroups();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState<'accept' | 'decline' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { requester } = request;
  const name = requester.full_name;
  const headingId = `aanvraag-${request.id}`;
  const messageId = `bericht-${request.id}`;
  const canAccept = request.status === 'pending' || request.status === 'waitlisted';

  async function decide(kind: 'accept' | 'decline') {
    setBusy(kind);
    setError(null);
    const text = message.trim() || null;
    try {
      if (kind === 'accept') await acceptRequest(api, request.id, text);
      else await declineRequest(api, request.id, text);
      await refresh();
      onDone(kind === 'accept' ? t.accepted(name) : t.declined(name));
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
      setBusy(null);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
  }

  const facts: [string, string][] = [
    [t.kind, labelFor(memberKindLabels, requester.kind)],
    ...(requester.employment_form ? [[t.employmentForm, labelFor(employmentFormLabels, requester.employment_form)] as [string, string]] : []),
    [t.experience, requester.years_experience === null ? nl.common.notFilledIn : nl.common.years(requester.years_experience)],
    [t.province, labelFor(provinceLabels, requester.province)],
  ];

  return (
    <li className="card request-card">
      <article aria-labelledby={headingId}>
        <h4 className="request-card__name" id={headingId}>
          {name}
        </h4>
        <p className="request-card__meta">
          {t.requested(formatDate(request.created_at))}
          {request.status === 'waitlisted' && request.waitlist_position ? ` · ${t.waitlistPosition(request.waitlist_position)}` : ''}
          {request.status === 'offered' && request.offered_at ? ` · ${t.offeredOn(formatDate(request.offered_at))}` : ''}
        </p>
        <dl className="request-card__facts">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <blockquote className="quote">
          <p className="quote__label">{t.motivation}</p>
          <p className="preserve-lines">{request.motivation}</p>
        </blockquote>
        <form onSubmit={submit} noValidate aria-busy={busy !== null}>
          <TextAreaField
            id={messageId}
            name="message"
            label={t.message}
            hint={t.messageHint}
            value={message}
            onChange={setMessage}
            rows={3}
          />
          {error ? (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="form__actions">
            {canAccept ? (
              <button
                type="button"
                className="button button--primary"
                disabled={busy !== null}
                onClick={() => void decide('accept')}
              >
                {busy === 'accept' ? nl.common.saving : t.accept}
                <Who name={name} />
              </button>
            ) : null}
            <button
              type="button"
              className="button button--secondary"
              disabled={busy !== null}
              onClick={() => void decide('decline')}
            >
              {busy === 'decline' ? nl.common.saving : t.decline}
              <Who name={name} />
            </button>
          </div>
        </form>
      </article>
    </li>
  );
}

function MemberManager({
  group,
  members,
  onDone,
}: {
  group: GroupPublic;
  members: readonly GroupMemberPublic[];
  onDone: (message: string) => void;
}) {
  const api = useApi();
  const { user } = useAuth();
  const refresh = useRefreshGroups();
  const [removing, setRemoving] = useState<GroupMemberPublic | null>(null);
  const [busy, setBusy] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);

  async function remove() {
    if (!removing) return;
    setBusy(true);
    setRemoveError(null);
    try {
      await removeMember(api, group.id, removing.member_id);
      const name = removing.full_name;
      await refresh();
      setRemoving(null);
      onDone(t.removed(name));
    } catch (caught) {
      setRemoveError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ul className="manage-members">
        {members.map((member) => (
          <MemberRow
            key={member.member_id}
            member={member}
            isSelf={member.member_id === user?.id}
            onRemove={() => {
              setRemoveError(null);
              setRemoving(member);
            }}
            onDone={onDone}
            save={async (role) => {
              await changeRole(api, group.id, member.member_id, role);
              await refresh();
            }}
          />
        ))}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        title={removing ? t.removeConfirmTitle(removing.full_name) : ''}
        text={t.removeConfirmText}
        confirmLabel={t.remove}
        cancelLabel={groupsNl.dialog.cancel}
        busy={busy}
        error={removeError}
        onCancel={() => setRemoving(null)}
        onConfirm={() => void remove()}
      />
    </>
  );
}

function MemberRow({
  member,
  isSelf,
  onRemove,
  onDone,
  save,
}: {
  member: GroupMemberPublic;
  isSelf: boolean;
  onRemove: () => void;
  onDone: (message: string) => void;
  save: (role: GroupRole) => Promise<void>;
}) {
  const [role, setRole] = useState<GroupRole>(member.role);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const selectId = `rol-${member.member_id}`;
  const errorId = `${selectId}-error`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (role === member.role) return;
    setBusy(true);
    setError(null);
    try {
      await save(role);
      onDone(t.roleSaved(member.full_name, labelFor(roleLabels, role)));
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
      setRole(member.role);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="manage-members__item">
      <div className="manage-members__head">
        <div className="manage-members__who">
          <span className="manage-members__name">
            {member.full_name}
            {isSelf ? <span className="member-list__you"> {t.you}</span> : null}
          </span>
          <span className="manage-members__since">{groupsNl.mine.since(formatDate(member.joined_at))}</span>
        </div>
        {isSelf ? null : (
          <button type="button" className="button button--danger-outline button--small" onClick={onRemove}>
            {t.remove}
            <Who name={member.full_name} />
          </button>
        )}
      </div>
      <form className="manage-members__role" onSubmit={submit} noValidate aria-busy={busy}>
        <label className="visually-hidden" htmlFor={selectId}>
          {t.roleFor(member.full_name)}
        </label>
        <select
          className="select select--inline"
          id={selectId}
          value={role}
          onChange={(event) => setRole(event.target.value as GroupRole)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        >
          {GROUP_ROLES.map((value) => (
            <option key={value} value={value}>
              {roleLabels[value]}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary button--small" disabled={busy}>
          {t.saveRole}
          <Who name={member.full_name} />
        </button>
      </form>
      {error ? (
        <p className="field__error manage-members__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
